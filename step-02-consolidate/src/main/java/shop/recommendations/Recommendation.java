package shop.recommendations;

/** A product to suggest next to another. */
record Recommendation(String sku, String name) {
}
