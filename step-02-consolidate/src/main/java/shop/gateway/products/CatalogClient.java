package shop.gateway.products;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import shop.gateway.ServiceCall;

/** Reads products from the catalog service. */
@Component
class CatalogClient {

    private final RestClient catalog;

    CatalogClient(RestClient.Builder builder, @Value("${shop.services.catalog.url}") String url) {
        this.catalog = builder.baseUrl(url).build();
    }

    List<CatalogProduct> products() {
        return ServiceCall.to("catalog", () -> catalog.get().uri("/products")
                .retrieve()
                .body(new ParameterizedTypeReference<List<CatalogProduct>>() {
                }));
    }

    CatalogProduct product(String sku) {
        return ServiceCall.to("catalog", () -> catalog.get().uri("/products/{sku}", sku)
                .retrieve()
                .body(CatalogProduct.class));
    }

    record CatalogProduct(String sku, String name, String description) {
    }
}
