package shop.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Charge an order. The token stands for a card: one the payment page collected ({@code tok_...}), or one the customer
 * stored ({@code card_...}). The shop never holds a card number.
 */
public record PaymentRequest(
        @NotBlank String customerId,
        @NotBlank String orderId,
        @Positive long amountCents,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be a currency code like EUR") String currency,
        @NotBlank @Size(max = 64) @Pattern(regexp = "(tok|card)_[a-z0-9_]+",
                message = "must be a payment token like tok_visa or a stored card like card_1a2b")
        String paymentToken) {
}
