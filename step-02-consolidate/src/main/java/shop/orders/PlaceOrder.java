package shop.orders;

import jakarta.validation.constraints.NotBlank;

/** A checkout: the customer's cart, paid with the token the payment provider gave the customer's browser. */
public record PlaceOrder(@NotBlank String customerId, @NotBlank String paymentToken) {
}
