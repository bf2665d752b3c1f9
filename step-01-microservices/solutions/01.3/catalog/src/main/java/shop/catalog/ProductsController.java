package shop.catalog;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProductsController {

    private final Products products;

    ProductsController(Products products) {
        this.products = products;
    }

    /** The whole catalogue, or in one call the products named in {@code ?skus=A,B} (unknown ones left out). */
    @GetMapping("/products")
    List<Product> products(@RequestParam(required = false) List<String> skus) {
        return skus == null ? products.all() : products.withSkus(skus);
    }

    @GetMapping("/products/{sku}")
    Product product(@PathVariable String sku) {
        return products.withSku(sku).orElseThrow(() -> new UnknownProduct(sku));
    }

    /** Answered as an RFC 9457 problem by Spring's own handler (spring.mvc.problemdetails.enabled). */
    static class UnknownProduct extends ErrorResponseException {

        UnknownProduct(String sku) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown product");
            getBody().setDetail("There is no product " + sku + " in the catalog.");
        }
    }
}
