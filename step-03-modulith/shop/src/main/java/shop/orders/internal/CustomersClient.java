package shop.orders.internal;

import org.springframework.stereotype.Component;

import shop.customers.Customers;

/** Looks up who is buying and where the parcel goes: a call to the customers module, in the same process. */
@Component
class CustomersClient {

    private final Customers customers;

    CustomersClient(Customers customers) {
        this.customers = customers;
    }

    Customer customer(String customerId) {
        shop.customers.Customer customer = customers.withId(customerId);
        shop.customers.Customer.Address address = customer.address();
        return new Customer(customer.id(), customer.name(), customer.email(),
                new Address(address.street(), address.postalCode(), address.city(), address.country()));
    }

    record Customer(String id, String name, String email, Address address) {
    }

    record Address(String street, String postalCode, String city, String country) {
    }
}
