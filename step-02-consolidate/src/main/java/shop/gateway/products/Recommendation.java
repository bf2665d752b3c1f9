package shop.gateway.products;

/** A product that goes well with the one a customer looks at. */
public record Recommendation(String sku, String name) {
}
