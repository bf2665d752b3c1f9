package shop.cart.internal;

import org.springframework.stereotype.Component;

import shop.catalog.Products;

/** Asks the catalog module whether a product exists before it goes into a cart. */
@Component
class CatalogClient {

    private final Products products;

    CatalogClient(Products products) {
        this.products = products;
    }

    /** Returns quietly for a known product; an unknown one fails with the catalog's 404 problem. */
    void requireProduct(String sku) {
        products.withSku(sku);
    }
}
