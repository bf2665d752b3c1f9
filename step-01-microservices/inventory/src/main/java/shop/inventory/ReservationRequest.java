package shop.inventory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/** Hold these units for an order: all of them, or none. */
record ReservationRequest(@NotBlank String orderId, @NotEmpty List<@Valid Line> lines) {

    record Line(@NotBlank String sku, @Min(1) @Max(99) int quantity) {
    }
}
