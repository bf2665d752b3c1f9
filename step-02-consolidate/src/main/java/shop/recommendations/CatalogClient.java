package shop.recommendations;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Reads product names from the catalog, which owns them. */
@Component
class CatalogClient {

    private final RestClient catalog;

    CatalogClient(RestClient.Builder builder, @Value("${shop.services.catalog.url}") String url) {
        this.catalog = builder.baseUrl(url).build();
    }

    /** The catalog's products among these SKUs; unknown SKUs are simply not in the answer. */
    List<Product> products(List<String> skus) {
        try {
            return catalog.get().uri(uri -> uri.path("/products").queryParam("skus", String.join(",", skus)).build())
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() {
                    });
        } catch (RestClientException failure) {
            throw new CatalogFailed(failure);
        }
    }

    record Product(String sku, String name) {
    }

    static class CatalogFailed extends ErrorResponseException {

        CatalogFailed(RestClientException cause) {
            super(HttpStatus.BAD_GATEWAY, cause);
            getBody().setTitle("Bad gateway");
            getBody().setDetail("catalog did not answer: " + cause.getMessage());
        }
    }
}
