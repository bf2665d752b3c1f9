package shop.customers;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CustomersController {

    private final Customers customers;

    CustomersController(Customers customers) {
        this.customers = customers;
    }

    @GetMapping("/customers/{id}")
    Customer customer(@PathVariable String id) {
        return customers.withId(id).orElseThrow(() -> new UnknownCustomer(id));
    }

    /** Answered as an RFC 9457 problem by Spring's own handler (spring.mvc.problemdetails.enabled). */
    static class UnknownCustomer extends ErrorResponseException {

        UnknownCustomer(String id) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown customer");
            getBody().setDetail("There is no customer " + id + ".");
        }
    }
}
