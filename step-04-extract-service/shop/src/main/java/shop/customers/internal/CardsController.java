package shop.customers.internal;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import shop.customers.Customers;
import shop.payments.CardDetails;
import shop.payments.CardNumber;
import shop.payments.Payments;
import shop.payments.StoredCard;
import shop.web.PathIds;

/**
 * A customer keeps a card for one-click checkout, in the shop's public API. The card number goes straight on to
 * payments; the customer gets a token to pay with, and the shop keeps nothing.
 */
@RestController
class CardsController {

    private static final Logger log = LoggerFactory.getLogger(CardsController.class);

    private final Customers customers;

    private final Payments payments;

    CardsController(Customers customers, Payments payments) {
        this.customers = customers;
        this.payments = payments;
    }

    @PostMapping("/api/customers/{customerId}/cards")
    ResponseEntity<StoredCard> store(@PathVariable @Pattern(regexp = PathIds.CUSTOMER, message = PathIds.CUSTOMER_MESSAGE) String customerId, @Valid @RequestBody NewCard card) {
        customers.withId(customerId);
        log.info("customer {} stores card {}", customerId, card.cardNumber());
        StoredCard stored = payments.storeCard(
                new CardDetails(customerId, card.cardNumber(), card.expiryMonth(), card.expiryYear()));
        return ResponseEntity.created(URI.create("/api/customers/" + customerId + "/cards/" + stored.token()))
                .body(stored);
    }

    record NewCard(@CardNumber String cardNumber, @Min(1) @Max(12) int expiryMonth, @Min(2000) @Max(2100) int expiryYear) {
    }
}
