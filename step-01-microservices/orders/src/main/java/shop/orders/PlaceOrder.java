package shop.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A checkout: the customer's cart, paid with the token the payment provider gave the customer's browser. */
public record PlaceOrder(
        // The id travels on in URLs and queries: a control character or a page of text is refused here.
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "must be a customer id like ada")
        String customerId,
        // The provider's tokens are short words (tok_visa): a page of text is refused before the checkout reserves
        // stock for it.
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,255}", message = "must be a payment token like tok_visa")
        String paymentToken) {
}
