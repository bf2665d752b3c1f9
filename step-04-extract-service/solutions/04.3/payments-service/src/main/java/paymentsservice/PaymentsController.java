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
import shop.payments.PaymentRequest;
import shop.payments.StoredCard;
import shop.payments.PaymentsLedger;

/**
 * The payments module's API over HTTP. A charge carries an {@code Idempotency-Key}: asked again with the same key, the
 * service answers with the first charge, so a caller that lost an answer can ask again without charging twice. A
 * declined card is a 402 problem.
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
        // A declined card leaves the ledger as PaymentDeclined: a 402 problem, as the contract says.
        return ResponseEntity.status(HttpStatus.CREATED).body(ledger.chargeOnce(idempotencyKey, request));
    }

    @PostMapping("/cards")
    ResponseEntity<StoredCard> storeCard(@Valid @RequestBody CardDetails card) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ledger.storeCard(card));
    }
}
