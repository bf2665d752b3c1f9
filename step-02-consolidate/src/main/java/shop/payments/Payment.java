package shop.payments;

/** A charge of an order, as the card network answered it. */
public record Payment(String paymentId, String orderId, long amountCents, String currency, Status status) {

    public enum Status {
        CAPTURED, DECLINED, REFUNDED
    }
}
