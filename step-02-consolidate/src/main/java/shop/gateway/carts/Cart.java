package shop.gateway.carts;

import java.util.List;

/** A customer's cart: what they are about to buy. */
public record Cart(String customerId, List<Item> items) {

    public record Item(String sku, int quantity) {
    }
}
