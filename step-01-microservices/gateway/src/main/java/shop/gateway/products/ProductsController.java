package shop.gateway.products;

import java.util.List;

import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.gateway.PathIds;

/** Browsing: products with their prices, and what goes well with them. */
@RestController
@RequestMapping("/api/products")
class ProductsController {

    private final CatalogClient catalog;

    private final PricingClient pricing;

    private final RecommendationsClient recommendations;

    ProductsController(CatalogClient catalog, PricingClient pricing, RecommendationsClient recommendations) {
        this.catalog = catalog;
        this.pricing = pricing;
        this.recommendations = recommendations;
    }

    @GetMapping
    List<Product> products() {
        return catalog.products().stream()
                .map(product -> Product.of(product, pricing.price(product.sku())))
                .toList();
    }

    @GetMapping("/{sku}")
    Product product(@PathVariable @Pattern(regexp = PathIds.SKU, message = PathIds.SKU_MESSAGE) String sku) {
        return Product.of(catalog.product(sku), pricing.price(sku));
    }

    @GetMapping("/{sku}/recommendations")
    List<Recommendation> recommendations(
            @PathVariable @Pattern(regexp = PathIds.SKU, message = PathIds.SKU_MESSAGE) String sku) {
        return recommendations.forProduct(sku);
    }
}
