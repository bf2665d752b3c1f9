package shop.inventory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Inventory on its own database: reservations are all or nothing, releases put stock back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryControllerTest {

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
    void aReservationTakesUnitsOutOfStockUntilItIsReleased() {
        int before = available("TEA-ASSAM-250G");

        ResponseEntity<JsonNode> reserved = post("/reservations",
                "{\"orderId\": \"ord-reserve\", \"lines\": [{\"sku\": \"TEA-ASSAM-250G\", \"quantity\": 3}]}");

        assertThat(reserved.getStatusCode().value()).isEqualTo(201);
        assertThat(available("TEA-ASSAM-250G")).isEqualTo(before - 3);

        client.delete().uri("/reservations/ord-reserve").retrieve().toBodilessEntity();
        client.delete().uri("/reservations/ord-reserve").retrieve().toBodilessEntity();

        assertThat(available("TEA-ASSAM-250G")).as("released once, however often asked").isEqualTo(before);
    }

    @Test
    void whenOneLineIsShortNothingIsReserved() {
        int teaBefore = available("TEA-CHAMOMILE-50G");
        int teapots = available("TEAPOT-CAST-IRON");

        ResponseEntity<JsonNode> answer = post("/reservations", "{\"orderId\": \"ord-short\", \"lines\": ["
                + "{\"sku\": \"TEA-CHAMOMILE-50G\", \"quantity\": 1},"
                + "{\"sku\": \"TEAPOT-CAST-IRON\", \"quantity\": " + Math.min(99, teapots + 1) + "}]}");

        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Out of stock");
        assertThat(available("TEA-CHAMOMILE-50G")).isEqualTo(teaBefore);
        assertThat(available("TEAPOT-CAST-IRON")).isEqualTo(teapots);
    }

    @Test
    void anInvalidReservationNamesItsFields() {
        ResponseEntity<JsonNode> answer = post("/reservations",
                "{\"orderId\": \"\", \"lines\": [{\"sku\": \"MUG-STONEWARE\", \"quantity\": 0}]}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("orderId", "lines[0].quantity");
    }

    @Test
    void anUnknownProductHasNoStock() {
        assertThat(get("/stock/NO-SUCH-SKU").getStatusCode().value()).isEqualTo(404);
    }

    private int available(String sku) {
        return get("/stock/" + sku).getBody().get("available").asInt();
    }

    private ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }
}
