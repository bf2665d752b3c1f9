package shop.e2e;

/** How many of a product the inventory can still sell. */
public record Stock(String sku, int available) {
}
