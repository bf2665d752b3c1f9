package shop.orders.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import shop.catalog.Products;

/** Reads the products' names and weights for the order lines and the parcel: a call to the catalog module. */
@Component
class CatalogClient {

    private final Products products;

    CatalogClient(Products products) {
        this.products = products;
    }

    /** Every product of a cart, by SKU. */
    Map<String, Product> products(List<String> skus) {
        return products.withSkus(skus).stream()
                .collect(Collectors.toMap(shop.catalog.Product::sku,
                        product -> new Product(product.sku(), product.name(), product.weightGrams())));
    }

    /** A product; digital ones (a gift card) have no weight. */
    record Product(String sku, String name, Integer weightGrams) {
    }
}
