package shop.orders;

/**
 * An order that waited for its payment was never paid, and is cancelled: its stock is back on the shelf.
 *
 * @param reason why, in words for the customer
 */
public record OrderCancelled(String orderId, String customerId, String reason) {
}
