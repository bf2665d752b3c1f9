package shop.orders.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import shop.inventory.Inventory;
import shop.inventory.ReservationRequest;

/** Reserves the stock an order needs, all of it or, when something is out of stock, none: the inventory module. */
@Component
class InventoryClient {

    private final Inventory inventory;

    InventoryClient(Inventory inventory) {
        this.inventory = inventory;
    }

    /** A short product is the inventory's 409 problem, naming the product and what is left of it. */
    Reservation reserve(String orderId, List<ReservedLine> lines) {
        shop.inventory.Reservation reservation = inventory.reserve(new ReservationRequest(orderId, lines.stream()
                .map(line -> new ReservationRequest.Line(line.sku(), line.quantity()))
                .toList()));
        return new Reservation(reservation.reservationId(), reservation.orderId());
    }

    void release(String orderId) {
        inventory.release(orderId);
    }

    record ReservedLine(String sku, int quantity) {
    }

    record Reservation(String reservationId, String orderId) {
    }
}
