package shop.orders.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** An order: what the customer bought, what it cost, how it was paid and where the parcel is. */
public record Order(String orderId, String customerId, OrderStatus status, List<OrderLine> lines, long totalCents,
        String currency, String paymentId, String trackingNumber, Instant placedAt) {

    public Order {
        // As precise as the database keeps it, so an order reads back exactly as it was placed.
        placedAt = placedAt.truncatedTo(ChronoUnit.MICROS);
    }

    static String newId() {
        return "ord-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
