package shop.cart;

import java.util.List;

/**
 * A customer's cart. A customer who never added anything has an empty one. Its version changes with every change of
 * its lines, so a checkout can tell this cart from the same customer's cart changed since.
 */
public record Cart(String customerId, long version, List<Item> items) {

    public record Item(String sku, int quantity) {
    }
}
