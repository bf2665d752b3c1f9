package shop.payments;

/** A charge and what became of it. */
record Payment(String paymentId, String orderId, long amountCents, String currency, Status status) {

    enum Status {
        CAPTURED, DECLINED, REFUNDED
    }
}
