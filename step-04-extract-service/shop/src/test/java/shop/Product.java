package shop;

/** A product as the public API lists it. */
public record Product(String sku, String name, String description, long priceCents, String currency) {
}
