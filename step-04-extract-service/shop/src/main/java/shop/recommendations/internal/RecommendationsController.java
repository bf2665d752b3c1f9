package shop.recommendations.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import shop.recommendations.internal.CatalogClient.Product;
import shop.web.PathIds;

/** What goes well with a product, in the shop's public API. */
@RestController
class RecommendationsController {

    private final BoughtTogether boughtTogether;

    private final CatalogClient catalog;

    RecommendationsController(BoughtTogether boughtTogether, CatalogClient catalog) {
        this.boughtTogether = boughtTogether;
        this.catalog = catalog;
    }

    /** Named as the catalog names them today; a product the catalog no longer sells is not recommended. */
    @GetMapping("/api/products/{sku}/recommendations")
    List<Recommendation> recommendations(@PathVariable @Pattern(regexp = PathIds.SKU, message = PathIds.SKU_MESSAGE) String sku) {
        Map<String, String> names = catalog.products().stream()
                .collect(Collectors.toMap(Product::sku, Product::name));
        if (!names.containsKey(sku)) {
            throw new UnknownProduct(sku);
        }
        return boughtTogether.with(sku).stream()
                .filter(names::containsKey)
                .map(other -> new Recommendation(other, names.get(other)))
                .toList();
    }

    static class UnknownProduct extends ErrorResponseException {

        UnknownProduct(String sku) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown product");
            getBody().setDetail("There is no product " + sku + " in the catalog.");
        }
    }
}
