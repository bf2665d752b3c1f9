package shop.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.catalog.Product;
import shop.catalog.Products;
import shop.pricing.Price;
import shop.pricing.Prices;
import shop.web.PathIds;

/** Browsing, in the shop's public API: the products with the prices they sell for. */
@RestController
@RequestMapping("/api/products")
class ProductsController {

    private final Products products;

    private final Prices prices;

    ProductsController(Products products, Prices prices) {
        this.products = products;
        this.prices = prices;
    }

    /** The whole catalogue; a product without a price is not for sale. */
    @GetMapping
    List<PricedProduct> products() {
        List<Product> all = products.all();
        Map<String, Price> priced = prices.forSkus(all.stream().map(Product::sku).toList()).stream()
                .collect(Collectors.toMap(Price::sku, Function.identity()));
        return all.stream()
                .filter(product -> priced.containsKey(product.sku()))
                .map(product -> PricedProduct.of(product, priced.get(product.sku())))
                .toList();
    }

    @GetMapping("/{sku}")
    PricedProduct product(@PathVariable @Pattern(regexp = PathIds.SKU, message = PathIds.SKU_MESSAGE) String sku) {
        return PricedProduct.of(products.withSku(sku), prices.forSku(sku));
    }
}
