package shop.payments;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * A card a customer wants to pay with later: the only way a card number travels. Its {@link #toString()} shows the
 * last four digits only, so logging it leaks nothing.
 */
public record CardDetails(
        @NotBlank String customerId,
        @CardNumber String cardNumber,
        @Min(1) @Max(12) int expiryMonth,
        @Min(2000) @Max(2100) int expiryYear) {

    public String lastFour() {
        return CardNumber.Check.lastFour(cardNumber);
    }

    @Override
    public String toString() {
        return "CardDetails[customerId=" + customerId + ", card ending " + lastFour() + ", expiry " + expiryMonth + "/"
                + expiryYear + "]";
    }
}
