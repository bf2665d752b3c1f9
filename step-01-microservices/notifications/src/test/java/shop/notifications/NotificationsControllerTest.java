package shop.notifications;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Notifications on its own database: what was sent to whom. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationsControllerTest {

    @Value("${local.server.port}")
    private int port;

    private RestClient client;

    @BeforeEach
    void client() {
        client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    @Test
    void aNotificationIsAcceptedAndKept() {
        ResponseEntity<JsonNode> answer = post("/notifications",
                "{\"customerId\": \"grace\", \"orderId\": \"ord-n\", \"kind\": \"ORDER_CONFIRMED\", \"message\": \"Thanks!\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(get("/notifications?customerId=grace").getBody().findValuesAsString("message")).contains("Thanks!");
    }

    @Test
    void aNotificationNeedsACustomerAKindAndAMessage() {
        ResponseEntity<JsonNode> answer = post("/notifications", "{\"orderId\": \"ord-n\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("customerId", "kind", "message");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }
}
