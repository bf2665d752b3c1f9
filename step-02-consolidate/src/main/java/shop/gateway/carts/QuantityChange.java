package shop.gateway.carts;

/** How many of a product the customer wants; the cart service decides whether that is allowed. */
public record QuantityChange(Integer quantity) {
}
