package shop.payments;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * Charge an order. The token stands for a card the payment page collected: the shop never sees card numbers.
 */
public record PaymentRequest(
        @NotBlank String orderId,
        @Positive long amountCents,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be a currency code like EUR") String currency,
        @NotBlank @Pattern(regexp = "tok_[a-z0-9_]+", message = "must be a payment token like tok_visa")
        String paymentToken) {
}
