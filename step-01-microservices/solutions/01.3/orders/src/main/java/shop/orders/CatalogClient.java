package shop.orders;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads the products' names and weights for the order lines and the parcel. */
@Component
class CatalogClient {

    private final RestClient catalog;

    CatalogClient(RestClient.Builder builder, @Value("${shop.services.catalog.url}") String url) {
        this.catalog = builder.baseUrl(url).build();
    }

    /** Every product of a cart in one call, by SKU: one hop however full the cart is. */
    Map<String, Product> products(List<String> skus) {
        List<Product> products = ServiceCall.to("catalog", () -> catalog.get()
                .uri(uri -> uri.path("/products").queryParam("skus", String.join(",", skus)).build())
                .retrieve()
                .body(new ParameterizedTypeReference<List<Product>>() {
                }));
        return products.stream().collect(Collectors.toMap(Product::sku, Function.identity()));
    }

    /** A product; digital ones (a gift card) have no weight. */
    record Product(String sku, String name, Integer weightGrams) {
    }
}
