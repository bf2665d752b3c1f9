package shop.recommendations.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import shop.catalog.Products;

/** Reads product names from the catalog module, which owns them. */
@Component
class CatalogClient {

    private final Products products;

    CatalogClient(Products products) {
        this.products = products;
    }

    /** The whole catalogue: it is small, and one call names every product a recommendation can mention. */
    List<Product> products() {
        return products.all().stream().map(product -> new Product(product.sku(), product.name())).toList();
    }

    record Product(String sku, String name) {
    }
}
