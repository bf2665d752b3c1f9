package shop.orders.internal;

import org.springframework.stereotype.Component;

import shop.customers.Customers;

/** Makes sure the customer exists before anything is reserved or charged: a call to the customers module. */
@Component
class CustomersClient {

    private final Customers customers;

    CustomersClient(Customers customers) {
        this.customers = customers;
    }

    /** Returns quietly for a known customer; an unknown one is the customers module's 404 problem. */
    void requireKnown(String customerId) {
        customers.withId(customerId);
    }
}
