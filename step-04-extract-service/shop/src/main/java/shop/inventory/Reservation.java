package shop.inventory;

/** Stock held for an order; the order id is the reservation's key. */
public record Reservation(String reservationId, String orderId) {
}
