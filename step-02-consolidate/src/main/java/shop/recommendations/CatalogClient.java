package shop.recommendations;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/** Reads product names from the catalog, which owns them. */
@Component
class CatalogClient {

    private static final Logger log = LoggerFactory.getLogger(CatalogClient.class);

    private final RestClient catalog;

    CatalogClient(RestClient.Builder builder, @Value("${shop.services.catalog.url}") String url) {
        this.catalog = builder.baseUrl(url).build();
    }

    /** The whole catalogue: it is small, and one call names every product a recommendation can mention. */
    List<Product> products() {
        try {
            return catalog.get().uri("/products")
                    .retrieve()
                    .body(new ParameterizedTypeReference<>() {
                    });
        } catch (RestClientException failure) {
            log.warn("Call to catalog failed: {}", failure.toString());
            throw new CatalogFailed(failure);
        }
    }

    record Product(String sku, String name) {
    }

    static class CatalogFailed extends ErrorResponseException {

        CatalogFailed(RestClientException failure) {
            super(HttpStatus.BAD_GATEWAY, failure);
            getBody().setTitle("Bad gateway");
            getBody().setDetail(failure instanceof RestClientResponseException answer
                    ? "catalog failed with status " + answer.getStatusCode().value()
                    : "catalog gave no answer");
        }
    }
}
