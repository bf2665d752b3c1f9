package shop.orders.internal;

import org.springframework.stereotype.Component;

import shop.customers.Customer;
import shop.customers.Customers;
import shop.orders.OrderPlaced;

/** Looks up where the customer's parcel goes: a call to the customers module. */
@Component
class CustomersClient {

    private final Customers customers;

    CustomersClient(Customers customers) {
        this.customers = customers;
    }

    /** The customer's address as the order carries it on; an unknown customer is the customers module's 404 problem. */
    OrderPlaced.Address addressOf(String customerId) {
        Customer.Address address = customers.withId(customerId).address();
        return new OrderPlaced.Address(address.street(), address.postalCode(), address.city(), address.country());
    }
}
