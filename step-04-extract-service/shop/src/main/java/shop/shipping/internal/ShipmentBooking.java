package shop.shipping.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.orders.OrderPlaced;
import shop.shipping.ShipmentRequest;
import shop.shipping.Shipping;

/**
 * Books the parcel of every order placed, once the order is stored: the customer does not wait for the carrier. All
 * it needs comes with the event, so shipping starts, and is tested, without any other module.
 */
@Component
class ShipmentBooking {

    private final Shipping shipping;

    ShipmentBooking(Shipping shipping) {
        this.shipping = shipping;
    }

    @ApplicationModuleListener(id = "shipping.book-shipment")
    void on(OrderPlaced placed) {
        OrderPlaced.Address address = placed.shippingAddress();
        shipping.book(new ShipmentRequest(placed.orderId(),
                new ShipmentRequest.Address(address.street(), address.postalCode(), address.city(), address.country()),
                placed.lines().stream()
                        .map(line -> new ShipmentRequest.Parcel(line.sku(), line.quantity(), line.weightGrams()))
                        .toList()));
    }
}
