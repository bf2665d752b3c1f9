package shop.orders.internal;

import java.util.List;

/** One product of an order, at the price it was bought for. */
public record OrderLine(String sku, String name, int quantity, long unitPriceCents) {

    static long totalCents(List<OrderLine> lines) {
        return lines.stream().mapToLong(line -> line.quantity() * line.unitPriceCents()).sum();
    }
}
