package shop.shipping;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import shop.shipping.ShipmentRequest.Parcel;

/** Books shipments with the carrier, who prices by weight. */
@Service
public class Shipping {

    private final JdbcClient jdbc;

    Shipping(@Qualifier("shippingJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Books the order's parcel, once: asked again for the same order (its {@code OrderPlaced} handed over a second
     * time), it answers the shipment booked the first time.
     */
    public Shipment book(ShipmentRequest request) {
        Optional<Shipment> booked = jdbc.sql("select id as shipment_id, order_id, tracking_number, weight_grams"
                        + " from shipments where order_id = ?")
                .param(request.orderId())
                .query(Shipment.class)
                .optional();
        if (booked.isPresent()) {
            return booked.get();
        }
        Shipment shipment = new Shipment("shp-" + UUID.randomUUID(), request.orderId(), trackingNumber(),
                weightOf(request.parcels()));
        jdbc.sql("insert into shipments (id, order_id, tracking_number, weight_grams, city, country)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(shipment.shipmentId(), shipment.orderId(), shipment.trackingNumber(), shipment.weightGrams(),
                        request.address().city(), request.address().country())
                .update();
        return shipment;
    }

    /** Digital goods (a gift card) have no weight: they add nothing to the parcel. */
    private static int weightOf(List<Parcel> parcels) {
        return parcels.stream()
                .filter(parcel -> parcel.weightGrams() != null)
                .mapToInt(parcel -> parcel.weightGrams() * parcel.quantity())
                .sum();
    }

    private static String trackingNumber() {
        return "TRK" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L);
    }
}
