package shop.customers;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shop.customers.Customer.Address;

@Repository
class Customers {

    private final JdbcClient jdbc;

    Customers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Customer> withId(String id) {
        return jdbc.sql("select id, name, email, street, postal_code, city, country from customers where id = ?")
                .param(id)
                .query((row, number) -> new Customer(row.getString("id"), row.getString("name"),
                        row.getString("email"), new Address(row.getString("street"), row.getString("postal_code"),
                                row.getString("city"), row.getString("country"))))
                .optional();
    }
}
