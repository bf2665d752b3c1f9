package shop.customers;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Customers on their own database, seeded by its migrations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomersControllerTest {

    private final RestTestClient customers;

    CustomersControllerTest(@LocalServerPort int port) {
        customers = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aCustomerComesWithTheAddressParcelsGoTo() {
        customers.get().uri("/customers/ada").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"id": "ada", "name": "Ada Lovelace", "email": "ada@example.org",
                         "address": {"street": "12 St James's Square", "postalCode": "SW1Y 4JH", "city": "London",
                                     "country": "GB"}}""");
    }

    @Test
    void anUnknownCustomerIsANotFoundProblem() {
        customers.get().uri("/customers/nobody").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"status": 404, "title": "Unknown customer", "detail": "There is no customer nobody."}""");
    }
}
