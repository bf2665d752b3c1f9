package shop.orders;

import java.util.List;

/**
 * What the checkout needs of a customer's cart. Orders declares it and the cart module provides it: the cart reacts to
 * {@link OrderPlaced}, so it depends on orders, and orders calling the cart as well would close a cycle.
 */
public interface Basket {

    /** The customer's cart as it is now: its products and its version, read together. */
    Contents contentsOf(String customerId);

    /**
     * @param version changes with every change of the products, so a checkout can claim this very cart
     * @param items   the products, in the order they were added; empty for an empty cart
     */
    record Contents(long version, List<Item> items) {
    }

    record Item(String sku, int quantity) {
    }
}
