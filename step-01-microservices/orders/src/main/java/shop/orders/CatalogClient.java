package shop.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads a product's name and weight for the order line and the parcel. */
@Component
class CatalogClient {

    private final RestClient catalog;

    CatalogClient(RestClient.Builder builder, @Value("${shop.services.catalog.url}") String url) {
        this.catalog = builder.baseUrl(url).build();
    }

    Product product(String sku) {
        return ServiceCall.to("catalog", () -> catalog.get().uri("/products/{sku}", sku)
                .retrieve()
                .body(Product.class));
    }

    /** A product; digital ones (a gift card) have no weight. */
    record Product(String sku, String name, Integer weightGrams) {
    }
}
