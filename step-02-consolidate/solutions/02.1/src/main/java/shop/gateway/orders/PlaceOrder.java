package shop.gateway.orders;

import jakarta.validation.constraints.NotBlank;

/** A checkout of the customer's cart. Checked here: no HTTP API of the orders module checks it any more. */
public record PlaceOrder(@NotBlank String customerId, @NotBlank String paymentToken) {
}
