package shop.customers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The customers service's HTTP API, at the same path as in step 01. */
@RestController
class CustomersController {

    private final Customers customers;

    CustomersController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping("/customers/{id}")
    Customer customer(@PathVariable String id) {
        return customers.withId(id);
    }
}
