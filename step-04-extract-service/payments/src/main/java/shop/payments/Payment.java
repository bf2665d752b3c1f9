package shop.payments;

/** A charge and what became of it. */
public record Payment(String paymentId, String orderId, long amountCents, String currency, Status status) {

    public enum Status {
        CAPTURED, DECLINED, REFUNDED
    }
}
