package shop.orders;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads the prices products sell for right now. */
@Component
class PricingClient {

    private final RestClient pricing;

    PricingClient(RestClient.Builder builder, @Value("${shop.services.pricing.url}") String url) {
        this.pricing = builder.baseUrl(url).build();
    }

    /** The prices of every product of a cart in one call, by SKU: one hop however full the cart is. */
    Map<String, Price> prices(List<String> skus) {
        List<Price> prices = ServiceCall.to("pricing", () -> pricing.get()
                .uri(uri -> uri.path("/prices").queryParam("skus", String.join(",", skus)).build())
                .retrieve()
                .body(new ParameterizedTypeReference<List<Price>>() {
                }));
        return prices.stream().collect(Collectors.toMap(Price::sku, Function.identity()));
    }

    record Price(String sku, long unitPriceCents, String currency) {
    }
}
