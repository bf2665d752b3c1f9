package shop;

import java.util.List;

/** An order as the public API shows it. */
public record Order(String orderId, String customerId, String status, List<Line> lines, long totalCents,
        String currency, String paymentId, String trackingNumber, String placedAt) {

    public record Line(String sku, String name, int quantity, long unitPriceCents) {
    }
}
