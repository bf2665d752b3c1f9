package shop.gateway.carts;

import java.util.List;

/** A customer's cart: what they are about to buy. Its version changes with every change of its items. */
public record Cart(String customerId, long version, List<Item> items) {

    public record Item(String sku, int quantity) {
    }
}
