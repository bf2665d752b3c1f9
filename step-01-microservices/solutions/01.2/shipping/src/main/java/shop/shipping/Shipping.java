package shop.shipping;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Books shipments with the carrier, who prices by weight. */
@Service
class Shipping {

    private final JdbcClient jdbc;

    Shipping(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Shipment book(ShipmentRequest request) {
        Shipment shipment = new Shipment("shp-" + UUID.randomUUID(), request.orderId(), trackingNumber(),
                weightOf(request.parcels()));
        jdbc.sql("insert into shipments (id, order_id, tracking_number, weight_grams, city, country)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(shipment.shipmentId(), shipment.orderId(), shipment.trackingNumber(), shipment.weightGrams(),
                        request.address().city(), request.address().country())
                .update();
        return shipment;
    }

    List<Shipment> forOrder(String orderId) {
        return jdbc.sql("select id as shipment_id, order_id, tracking_number, weight_grams from shipments"
                        + " where order_id = ? order by booked_at")
                .param(orderId)
                .query(Shipment.class)
                .list();
    }

    /** Digital goods (a gift card) have no weight: they add nothing to the parcel. */
    private static int weightOf(List<ShipmentRequest.Parcel> parcels) {
        return parcels.stream()
                .filter(parcel -> parcel.weightGrams() != null)
                .mapToInt(parcel -> parcel.weightGrams() * parcel.quantity())
                .sum();
    }

    private static String trackingNumber() {
        return "TRK" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
    }
}
