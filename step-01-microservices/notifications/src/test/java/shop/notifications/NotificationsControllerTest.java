package shop.notifications;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications on its own database: what was sent to whom. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsControllerTest {

    private final RestTestClient notifications;

    private final JdbcClient database;

    NotificationsControllerTest(@LocalServerPort int port, @Autowired JdbcClient database) {
        this.notifications = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        this.database = database;
    }

    @Test
    void aNotificationIsAcceptedAndKept() {
        send("""
                {"customerId": "grace", "orderId": "ord-n", "kind": "ORDER_CONFIRMED", "message": "Thanks!"}""")
                .expectStatus().isAccepted();

        assertThat(database.sql("select customer_id, kind, message from notifications where order_id = 'ord-n'")
                .query().singleRow())
                .containsEntry("customer_id", "grace")
                .containsEntry("kind", "ORDER_CONFIRMED")
                .containsEntry("message", "Thanks!");
    }

    @Test
    void aNotificationNeedsACustomerAnOrderAKindAndAMessage() {
        send("""
                {"orderId": " "}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").<List<String>>value(fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("customerId", "orderId", "kind", "message"));
    }

    @Test
    void anUnknownKindIsNamed() {
        send("""
                {"customerId": "grace", "orderId": "ord-n", "kind": "ORDER_LOST", "message": "Sorry!"}""")
                .expectStatus().isBadRequest()
                .expectBody().json("""
                        {"status": 400,
                         "errors": [{"field": "kind", "message": "must be one of [ORDER_CONFIRMED]"}]}""");
    }

    private RestTestClient.ResponseSpec send(String json) {
        return notifications.post().uri("/notifications").contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange();
    }
}
