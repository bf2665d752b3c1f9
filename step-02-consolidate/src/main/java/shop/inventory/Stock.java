package shop.inventory;

/** How many units of a product can still be sold. */
record Stock(String sku, int available) {
}
