package shop.shipping.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.customers.Customer;
import shop.customers.Customers;
import shop.orders.OrderPlaced;
import shop.shipping.ShipmentRequest;
import shop.shipping.Shipping;

/** Books the parcel of every order placed, once the order is stored: the customer does not wait for the carrier. */
@Component
class ShipmentBooking {

    private final Shipping shipping;

    private final Customers customers;

    ShipmentBooking(Shipping shipping, Customers customers) {
        this.shipping = shipping;
        this.customers = customers;
    }

    @ApplicationModuleListener(id = "shipping.book-shipment")
    void on(OrderPlaced placed) {
        Customer.Address address = customers.withId(placed.customerId()).address();
        shipping.book(new ShipmentRequest(placed.orderId(),
                new ShipmentRequest.Address(address.street(), address.postalCode(), address.city(), address.country()),
                placed.lines().stream()
                        .map(line -> new ShipmentRequest.Parcel(line.sku(), line.quantity(), line.weightGrams()))
                        .toList()));
    }
}
