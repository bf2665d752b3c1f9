package shop.gateway.products;

import shop.gateway.products.CatalogClient.CatalogProduct;
import shop.gateway.products.PricingClient.Price;

/** A product as the shop's public API shows it: the catalog's description with the pricing service's price. */
public record Product(String sku, String name, String description, long priceCents, String currency) {

    static Product of(CatalogProduct product, Price price) {
        return new Product(product.sku(), product.name(), product.description(), price.unitPriceCents(),
                price.currency());
    }
}
