package shop.customers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Customers on their own database, seeded by its migrations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CustomersControllerTest {

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
    void aCustomerComesWithTheAddressParcelsGoTo() {
        JsonNode ada = get("/customers/ada").getBody();

        assertThat(ada.get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(ada.get("address").get("city").asString()).isEqualTo("London");
    }

    @Test
    void anUnknownCustomerIsANotFoundProblem() {
        ResponseEntity<JsonNode> answer = get("/customers/nobody");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Unknown customer");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JsonNode.class);
    }
}
