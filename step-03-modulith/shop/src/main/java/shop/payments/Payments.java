package shop.payments;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;

import shop.payments.Payment.Status;

/**
 * Charges orders. The card network is simulated: the token {@code tok_declined} is always declined.
 * <p>
 * A charge is checked here ({@code @Validated}), whoever asks for it: its payment token comes from the customer,
 * through orders, and no HTTP API checks it on the way any more.
 */
@Service
@Validated
public class Payments {

    private static final String DECLINED_CARD = "tok_declined";

    private final JdbcClient jdbc;

    Payments(@Qualifier("paymentsJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the charge, captured or declined, and refuses a declined one. Inside a checkout the refusal rolls
     * back the whole checkout, the stored attempt with it.
     */
    public Payment charge(@Valid PaymentRequest request) {
        Status status = DECLINED_CARD.equals(request.paymentToken()) ? Status.DECLINED : Status.CAPTURED;
        Payment payment = new Payment("pay-" + UUID.randomUUID(), request.orderId(), request.amountCents(),
                request.currency(), status);
        jdbc.sql("insert into payments (id, order_id, amount_cents, currency, status) values (?, ?, ?, ?, ?)")
                .params(payment.paymentId(), payment.orderId(), payment.amountCents(), payment.currency(),
                        payment.status().name())
                .update();
        if (status == Status.DECLINED) {
            throw new Declined(request.orderId());
        }
        return payment;
    }

    static class Declined extends ErrorResponseException {

        Declined(String orderId) {
            super(HttpStatus.PAYMENT_REQUIRED);
            getBody().setTitle("Payment declined");
            getBody().setDetail("The card was declined for order " + orderId + ".");
        }
    }
}
