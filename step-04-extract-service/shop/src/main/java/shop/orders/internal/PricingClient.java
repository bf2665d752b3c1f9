package shop.orders.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import shop.pricing.Prices;

/** Reads the prices products sell for right now: a call to the pricing module. */
@Component
class PricingClient {

    private final Prices prices;

    PricingClient(Prices prices) {
        this.prices = prices;
    }

    /** The prices of every product of a cart, by SKU. */
    Map<String, Price> prices(List<String> skus) {
        return prices.forSkus(skus).stream()
                .collect(Collectors.toMap(shop.pricing.Price::sku,
                        price -> new Price(price.sku(), price.unitPriceCents(), price.currency())));
    }

    record Price(String sku, long unitPriceCents, String currency) {
    }
}
