package shop.payments;

import java.util.Optional;
import java.util.UUID;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;

import shop.payments.Payment.Status;
import shop.payments.internal.StoredCards;

/**
 * The payments module's own work: charges, each made once per idempotency key, and stored cards. The card network is
 * simulated: the token {@code tok_declined} is always declined, and so is a stored card the customer does not have.
 * It runs wherever the module runs: in the shop's process, or in payments-service behind its HTTP API. (It is part of
 * the module's API, not of its internals, so that Spring Modulith gives each call into it a span of the module's.)
 * In the shop it is the Payments bean when {@code shop.payments.mode} is {@code in-process}.
 */
@Service
@Validated
@ConditionalOnProperty(name = "shop.payments.mode", havingValue = "in-process")
public class PaymentsLedger implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentsLedger.class);
    private static final String DECLINED_CARD = "tok_declined";
    private static final String STORED_CARD = "card_";

    private final JdbcClient jdbc;

    private final StoredCards cards;

    private final ObservationRegistry observations;

    public PaymentsLedger(@Qualifier("paymentsJdbc") JdbcClient jdbc, StoredCards cards,
            ObservationRegistry observations) {
        this.jdbc = jdbc;
        this.cards = cards;
        this.observations = observations;
    }

    /** In the shop's process the order id is the key: one order, one charge. */
    @Override
    public Payment charge(PaymentRequest request) {
        return chargeOnce(request.orderId(), request);
    }

    /**
     * Charges, unless this key was charged before: then the first charge's answer, captured or declined, is given
     * again. The same key for a different charge is a mistake of the caller's (422), not a second charge.
     */
    @Transactional
    public Payment chargeOnce(String idempotencyKey, @Valid PaymentRequest request) {
        // A span of its own in the trace, wherever payments runs: which order, and how the charge ended. Never the
        // card: the token says only whether it was a stored one.
        Observation charge = Observation.createNotStarted("payments.charge", observations)
                .lowCardinalityKeyValue("payments.card", request.paymentToken().startsWith(STORED_CARD) ? "stored"
                        : "token")
                .highCardinalityKeyValue("order.id", request.orderId());
        return charge.observe(() -> {
            try {
                Payment payment = chargeOnceUnobserved(idempotencyKey, request);
                charge.lowCardinalityKeyValue("payments.outcome", payment.status().name());
                return payment;
            } catch (PaymentDeclined declined) {
                charge.lowCardinalityKeyValue("payments.outcome", Status.DECLINED.name());
                throw declined;
            }
        });
    }

    private Payment chargeOnceUnobserved(String idempotencyKey, PaymentRequest request) {
        Payment payment = new Payment("pay-" + UUID.randomUUID(), request.orderId(), request.amountCents(),
                request.currency(), decide(request));
        int inserted = jdbc.sql("""
                        insert into payments (id, idempotency_key, customer_id, order_id, amount_cents, currency,
                                              payment_token, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (idempotency_key) do nothing""")
                .params(payment.paymentId(), idempotencyKey, request.customerId(), payment.orderId(),
                        payment.amountCents(), payment.currency(), request.paymentToken(), payment.status().name())
                .update();
        if (inserted == 0) {
            payment = firstChargeFor(idempotencyKey, request);
        } else {
            log.info("{} {} cents for order {}", payment.status(), payment.amountCents(), payment.orderId());
        }
        if (payment.status() == Status.DECLINED) {
            throw new PaymentDeclined(request.orderId());
        }
        return payment;
    }

    @Override
    @Transactional
    public StoredCard storeCard(CardDetails card) {
        StoredCard stored = cards.store(card);
        log.info("stored the {} of customer {} as {}", card, card.customerId(), stored.token());
        return stored;
    }

    private Status decide(PaymentRequest request) {
        String token = request.paymentToken();
        if (token.startsWith(STORED_CARD)) {
            return cards.find(token, request.customerId()).isPresent() ? Status.CAPTURED : Status.DECLINED;
        }
        return DECLINED_CARD.equals(token) ? Status.DECLINED : Status.CAPTURED;
    }

    private Payment firstChargeFor(String idempotencyKey, PaymentRequest request) {
        Optional<FirstCharge> first = jdbc.sql("""
                        select id, customer_id, order_id, amount_cents, currency, payment_token, status
                        from payments where idempotency_key = ?""")
                .param(idempotencyKey)
                .query(FirstCharge.class)
                .optional();
        FirstCharge charge = first.orElseThrow();
        if (!charge.request().equals(request)) {
            throw new KeyReused(idempotencyKey);
        }
        return new Payment(charge.id(), charge.orderId(), charge.amountCents(), charge.currency(),
                Status.valueOf(charge.status()));
    }

    private record FirstCharge(String id, String customerId, String orderId, long amountCents, String currency,
            String paymentToken, String status) {

        PaymentRequest request() {
            return new PaymentRequest(customerId, orderId, amountCents, currency, paymentToken);
        }
    }

    static class KeyReused extends ErrorResponseException {

        KeyReused(String idempotencyKey) {
            super(HttpStatus.UNPROCESSABLE_CONTENT);
            getBody().setTitle("Idempotency key reused");
            getBody().setDetail("The key " + idempotencyKey + " was used for another charge.");
        }
    }
}
