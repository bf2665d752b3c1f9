package shop.payments;

import java.util.Optional;
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
 * Charges and refunds. The card network is simulated: the token {@code tok_declined} is always declined.
 * <p>
 * A charge is checked here ({@code @Validated}), whoever asks for it: its payment token comes from the customer,
 * through orders, and no HTTP API checks it on the way any more.
 */
@Service
@Validated
public class Payments {

    private static final String DECLINED_CARD = "tok_declined";

    private static final String SELECT =
            "select id as payment_id, order_id, amount_cents, currency, status from payments ";

    private final JdbcClient jdbc;

    Payments(@Qualifier("paymentsJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A declined charge is stored too, so support can see the attempt, and then refused. */
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

    /** Gives a captured payment's money back; refunding twice refunds once. */
    public Payment refund(String paymentId) {
        jdbc.sql("update payments set status = 'REFUNDED' where id = ? and status = 'CAPTURED'")
                .param(paymentId)
                .update();
        Payment payment = withId(paymentId).orElseThrow(() -> new UnknownPayment(paymentId));
        if (payment.status() == Status.DECLINED) {
            throw new NotRefundable(paymentId);
        }
        return payment;
    }

    private Optional<Payment> withId(String paymentId) {
        return jdbc.sql(SELECT + "where id = ?").param(paymentId).query(Payment.class).optional();
    }

    static class Declined extends ErrorResponseException {

        Declined(String orderId) {
            super(HttpStatus.PAYMENT_REQUIRED);
            getBody().setTitle("Payment declined");
            getBody().setDetail("The card was declined for order " + orderId + ".");
        }
    }

    /** A declined charge took no money, so there is none to give back. */
    static class NotRefundable extends ErrorResponseException {

        NotRefundable(String paymentId) {
            super(HttpStatus.CONFLICT);
            getBody().setTitle("Payment not refundable");
            getBody().setDetail("Payment " + paymentId + " was declined: no money was taken.");
        }
    }

    static class UnknownPayment extends ErrorResponseException {

        UnknownPayment(String paymentId) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown payment");
            getBody().setDetail("There is no payment " + paymentId + ".");
        }
    }
}
