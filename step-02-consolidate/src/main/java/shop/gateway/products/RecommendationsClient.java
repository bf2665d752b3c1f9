package shop.gateway.products;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import shop.gateway.ServiceCall;

/** Asks the recommendations service what goes well with a product. */
@Component
class RecommendationsClient {

    private final RestClient recommendations;

    RecommendationsClient(RestClient.Builder builder, @Value("${shop.services.recommendations.url}") String url) {
        this.recommendations = builder.baseUrl(url).build();
    }

    List<Recommendation> forProduct(String sku) {
        return ServiceCall.to("recommendations", () -> recommendations.get().uri("/recommendations/{sku}", sku)
                .retrieve()
                .body(new ParameterizedTypeReference<List<Recommendation>>() {
                }));
    }
}
