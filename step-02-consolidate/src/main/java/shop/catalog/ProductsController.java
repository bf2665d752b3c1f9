package shop.catalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalog service's HTTP API, at the same paths as in step 01. */
@RestController
class ProductsController {

    private final Products products;

    ProductsController(Products products) {
        this.products = products;
    }

    /** The whole catalogue, or only the products named in {@code ?skus=A,B} (unknown ones are left out). */
    @GetMapping("/products")
    List<Product> products(@RequestParam(required = false) List<String> skus) {
        return skus == null ? products.all() : products.withSkus(skus);
    }

    @GetMapping("/products/{sku}")
    Product product(@PathVariable String sku) {
        return products.withSku(sku);
    }
}
