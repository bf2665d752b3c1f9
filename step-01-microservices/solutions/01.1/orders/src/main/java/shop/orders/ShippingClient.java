package shop.orders;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import shop.orders.CustomersClient.Address;

/** Books the parcels of an order with shipping. */
@Component
class ShippingClient {

    private final RestClient shipping;

    ShippingClient(RestClient.Builder builder, @Value("${shop.services.shipping.url}") String url) {
        this.shipping = builder.baseUrl(url).build();
    }

    Shipment book(String orderId, Address address, List<Parcel> parcels) {
        return ServiceCall.to("shipping", () -> shipping.post().uri("/shipments")
                .body(new ShipmentRequest(orderId, address, parcels))
                .retrieve()
                .body(Shipment.class));
    }

    record ShipmentRequest(String orderId, Address address, List<Parcel> parcels) {
    }

    /** What goes into the parcel; a digital product has no weight. */
    record Parcel(String sku, int quantity, Integer weightGrams) {
    }

    record Shipment(String shipmentId, String orderId, String trackingNumber, int weightGrams) {
    }
}
