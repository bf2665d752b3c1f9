package shop.cart.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** How many of a product the customer wants in the cart. */
record QuantityChange(@NotNull @Min(1) @Max(99) Integer quantity) {
}
