package shop.gateway.products;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import shop.gateway.ServiceCall;

/** Reads prices from the pricing service. */
@Component
class PricingClient {

    private final RestClient pricing;

    PricingClient(RestClient.Builder builder, @Value("${shop.services.pricing.url}") String url) {
        this.pricing = builder.baseUrl(url).build();
    }

    Price price(String sku) {
        return ServiceCall.to("pricing", () -> pricing.get().uri("/prices/{sku}", sku)
                .retrieve()
                .body(Price.class));
    }

    record Price(String sku, long unitPriceCents, String currency) {
    }
}
