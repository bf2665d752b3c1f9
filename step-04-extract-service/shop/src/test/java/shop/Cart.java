package shop;

import java.util.List;

/** A customer's cart as the public API shows it. */
public record Cart(String customerId, List<Item> items) {

    public record Item(String sku, int quantity) {
    }
}
