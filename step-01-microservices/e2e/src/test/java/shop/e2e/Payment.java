package shop.e2e;

/** A payment as the payments service keeps it. */
public record Payment(String paymentId, String orderId, long amountCents, String status) {
}
