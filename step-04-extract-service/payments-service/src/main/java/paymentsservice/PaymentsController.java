package paymentsservice;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import shop.payments.CardDetails;
import shop.payments.Payment;
import shop.payments.PaymentDeclined;
import shop.payments.PaymentRequest;
import shop.payments.StoredCard;
import shop.payments.PaymentsLedger;

/**
 * The payments module's API over HTTP. A charge carries an {@code Idempotency-Key}: asked again with the same key, the
 * service answers with the first charge, so a caller that lost an answer can ask again without charging twice.
 */
@RestController
class PaymentsController {

    private final PaymentsLedger ledger;

    PaymentsController(PaymentsLedger ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/payments")
    ResponseEntity<Payment> charge(@RequestHeader("Idempotency-Key") String idempotencyKey,
            @Valid @RequestBody PaymentRequest request) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(ledger.chargeOnce(idempotencyKey, request));
        } catch (PaymentDeclined declined) {
            // A declined card is an answer, not an error.
            return ResponseEntity.ok(new Payment(null, request.orderId(), request.amountCents(), request.currency(),
                    Payment.Status.DECLINED));
        }
    }

    @PostMapping("/cards")
    ResponseEntity<StoredCard> storeCard(@Valid @RequestBody CardDetails card) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ledger.storeCard(card));
    }
}
