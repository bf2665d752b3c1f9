package shop.gateway.orders;

/** A checkout of the customer's cart; the orders service validates it. */
public record PlaceOrder(String customerId, String paymentToken) {
}
