package shop.inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/** Hold these units for an order: all of them, or none. */
public record ReservationRequest(@NotBlank String orderId, @NotEmpty List<@NotNull @Valid Line> lines) {

    /**
     * How many units of each product; a product on two lines is held once, for both. In the order of the SKUs: two
     * reservations that share products then take their rows of stock in the same order, and one waits for the other
     * instead of both waiting for each other (a deadlock, which PostgreSQL ends by failing one of them).
     */
    Map<String, Integer> quantityBySku() {
        Map<String, Integer> quantities = new TreeMap<>();
        lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
        return quantities;
    }

    public record Line(@NotBlank String sku, @Min(1) @Max(99) int quantity) {
    }
}
