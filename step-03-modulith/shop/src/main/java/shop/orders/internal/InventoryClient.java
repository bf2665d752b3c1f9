package shop.orders.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import shop.inventory.Inventory;
import shop.inventory.ReservationRequest;
import shop.inventory.internal.StockLevels;

/** Reserves the stock an order needs, all of it or, when something is out of stock, none: the inventory module. */
@Component
class InventoryClient {

    private final Inventory inventory;

    private final StockLevels stockLevels;

    InventoryClient(Inventory inventory, StockLevels stockLevels) {
        this.inventory = inventory;
        this.stockLevels = stockLevels;
    }

    Reservation reserve(String orderId, List<ReservedLine> lines) {
        // Name the short product before anything is held; Inventory has no method that tells how much is left.
        for (ReservedLine line : lines) {
            stockLevels.of(line.sku()).filter(stock -> stock.available() < line.quantity()).ifPresent(stock -> {
                throw new OutOfStockException(line.sku(), line.quantity(), stock.available());
            });
        }
        shop.inventory.Reservation reservation = inventory.reserve(new ReservationRequest(orderId, lines.stream()
                .map(line -> new ReservationRequest.Line(line.sku(), line.quantity()))
                .toList()));
        return new Reservation(reservation.reservationId(), reservation.orderId());
    }

    record ReservedLine(String sku, int quantity) {
    }

    record Reservation(String reservationId, String orderId) {
    }
}
