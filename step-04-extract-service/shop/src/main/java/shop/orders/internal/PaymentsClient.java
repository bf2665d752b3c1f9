package shop.orders.internal;

import org.springframework.stereotype.Component;

import shop.payments.PaymentRequest;
import shop.payments.Payments;

/** Charges the customer for an order: a call to the payments module, wherever it runs. */
@Component
class PaymentsClient {

    private final Payments payments;

    PaymentsClient(Payments payments) {
        this.payments = payments;
    }

    Payment charge(String customerId, String orderId, long amountCents, String currency, String paymentToken) {
        shop.payments.Payment payment = payments.charge(
                new PaymentRequest(customerId, orderId, amountCents, currency, paymentToken));
        return new Payment(payment.paymentId(), payment.orderId(), payment.status().name());
    }

    record Payment(String paymentId, String orderId, String status) {
    }
}
