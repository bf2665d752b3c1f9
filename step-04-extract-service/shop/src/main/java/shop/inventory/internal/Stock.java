package shop.inventory.internal;

/** How many units of a product can still be sold. */
public record Stock(String sku, int available) {
}
