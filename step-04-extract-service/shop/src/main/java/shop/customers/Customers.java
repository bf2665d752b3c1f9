package shop.customers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.ErrorResponseException;

import shop.customers.Customer.Address;

/** Who buys at the shop, and where their parcels go. */
@Repository
public class Customers {

    private final JdbcClient jdbc;

    Customers(@Qualifier("customersJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One customer; an unknown id is a 404 problem. */
    public Customer withId(String id) {
        return jdbc.sql("select id, name, email, street, postal_code, city, country from customers where id = ?")
                .param(id)
                .query((row, number) -> new Customer(row.getString("id"), row.getString("name"),
                        row.getString("email"), new Address(row.getString("street"), row.getString("postal_code"),
                                row.getString("city"), row.getString("country"))))
                .optional()
                .orElseThrow(() -> new UnknownCustomer(id));
    }

    static class UnknownCustomer extends ErrorResponseException {

        UnknownCustomer(String id) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown customer");
            getBody().setDetail("There is no customer " + id + ".");
        }
    }
}
