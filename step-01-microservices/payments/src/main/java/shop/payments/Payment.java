package shop.payments;

record Payment(String paymentId, String orderId, long amountCents, String currency, Status status) {

    enum Status {
        CAPTURED, DECLINED, REFUNDED
    }
}
