package shop.cart;

import java.util.List;

/** A customer's cart. A customer who never added anything has an empty one. */
public record Cart(String customerId, List<Item> items) {

    public record Item(String sku, int quantity) {
    }
}
