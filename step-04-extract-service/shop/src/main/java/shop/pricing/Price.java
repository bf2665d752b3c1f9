package shop.pricing;

/** What one unit of a product sells for, in cents. */
public record Price(String sku, long unitPriceCents, String currency) {
}
