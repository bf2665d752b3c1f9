package shop.orders.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import shop.orders.internal.CustomersClient.Address;
import shop.shipping.ShipmentRequest;
import shop.shipping.Shipping;

/** Books the parcels of an order: a call to the shipping module. */
@Component
class ShippingClient {

    private final Shipping shipping;

    ShippingClient(Shipping shipping) {
        this.shipping = shipping;
    }

    Shipment book(String orderId, Address address, List<Parcel> parcels) {
        shop.shipping.Shipment shipment = shipping.book(new ShipmentRequest(orderId,
                new ShipmentRequest.Address(address.street(), address.postalCode(), address.city(),
                        address.country()),
                parcels.stream()
                        .map(parcel -> new ShipmentRequest.Parcel(parcel.sku(), parcel.quantity(),
                                parcel.weightGrams()))
                        .toList()));
        return new Shipment(shipment.shipmentId(), shipment.orderId(), shipment.trackingNumber(),
                shipment.weightGrams());
    }

    /** What goes into the parcel; a digital product has no weight. */
    record Parcel(String sku, int quantity, Integer weightGrams) {
    }

    record Shipment(String shipmentId, String orderId, String trackingNumber, int weightGrams) {
    }
}
