package shop.cart;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Asks the catalog whether a product exists before it goes into a cart. */
@Component
class CatalogClient {

    private final RestClient catalog;

    CatalogClient(RestClient.Builder builder, @Value("${shop.services.catalog.url}") String url) {
        this.catalog = builder.baseUrl(url).build();
    }

    /** Returns quietly for a known product; an unknown one fails with the catalog's 404 problem. */
    void requireProduct(String sku) {
        ServiceCall.to("catalog", () -> catalog.get().uri("/products/{sku}", sku)
                .retrieve()
                .toBodilessEntity());
    }
}
