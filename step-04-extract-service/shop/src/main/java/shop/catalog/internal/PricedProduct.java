package shop.catalog.internal;

import shop.catalog.Product;
import shop.pricing.Price;

/** A product as the shop's public API shows it: the catalog's description with the price it sells for. */
record PricedProduct(String sku, String name, String description, long priceCents, String currency) {

    static PricedProduct of(Product product, Price price) {
        return new PricedProduct(product.sku(), product.name(), product.description(), price.unitPriceCents(),
                price.currency());
    }
}
