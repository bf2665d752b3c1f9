package shop.recommendations.internal;

/** A product to suggest next to another. */
record Recommendation(String sku, String name) {
}
