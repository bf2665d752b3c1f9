package shop.orders;

import java.util.List;

/**
 * What the checkout needs of a customer's cart. Orders declares it and the cart module provides it: the cart reacts to
 * {@link OrderPlaced}, so it depends on orders, and orders calling the cart as well would close a cycle.
 */
public interface Basket {

    /** The products in the customer's cart, in the order they were added; empty for an empty cart. */
    List<Item> itemsOf(String customerId);

    /** The version of the customer's cart, which changes with every change of the products in it. */
    long versionOf(String customerId);

    record Item(String sku, int quantity) {
    }
}
