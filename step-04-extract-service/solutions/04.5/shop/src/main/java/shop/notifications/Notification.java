package shop.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A message to a customer about one of their orders. */
public record Notification(@NotBlank String customerId, @NotBlank String orderId, @NotNull Kind kind,
        @NotBlank String message) {

    public enum Kind {
        ORDER_CONFIRMED, ORDER_CANCELLED
    }
}
