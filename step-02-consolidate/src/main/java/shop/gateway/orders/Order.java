package shop.gateway.orders;

import java.time.Instant;
import java.util.List;

/** A placed (or failed) order, as the orders service keeps it. */
public record Order(String orderId, String customerId, String status, List<Line> lines, long totalCents,
        String currency, String paymentId, String trackingNumber, Instant placedAt) {

    public record Line(String sku, String name, int quantity, long unitPriceCents) {
    }
}
