package shop.orders;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reserves the stock an order needs (all of it or, when something is out of stock, none) and releases it. */
@Component
class InventoryClient {

    private final RestClient inventory;

    InventoryClient(RestClient.Builder builder, @Value("${shop.services.inventory.url}") String url) {
        this.inventory = builder.baseUrl(url).build();
    }

    Reservation reserve(String orderId, List<ReservedLine> lines) {
        return ServiceCall.to("inventory", () -> inventory.post().uri("/reservations")
                .body(new ReservationRequest(orderId, lines))
                .retrieve()
                .body(Reservation.class));
    }

    /** Gives an order's reserved stock back; releasing twice does no harm. */
    void release(String orderId) {
        ServiceCall.to("inventory", () -> inventory.delete().uri("/reservations/{orderId}", orderId)
                .retrieve()
                .toBodilessEntity());
    }

    record ReservationRequest(String orderId, List<ReservedLine> lines) {
    }

    record ReservedLine(String sku, int quantity) {
    }

    record Reservation(String reservationId, String orderId) {
    }
}
