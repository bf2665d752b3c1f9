package shop.recommendations;

/** A product to suggest next to another. */
public record Recommendation(String sku, String name) {
}
