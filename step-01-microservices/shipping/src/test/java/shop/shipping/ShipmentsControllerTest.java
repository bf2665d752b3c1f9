package shop.shipping;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Shipping on its own database: a parcel is booked by weight. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentsControllerTest {

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
    void bookingAShipmentWeighsTheParcel() {
        ResponseEntity<JsonNode> answer = post("/shipments", """
                {"orderId": "ord-ship", "address": %s,
                 "parcels": [{"sku": "TEA-SENCHA-100G", "quantity": 2, "weightGrams": 100},
                             {"sku": "MUG-STONEWARE", "quantity": 1, "weightGrams": 420}]}""".formatted(ADDRESS));

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(answer.getBody().get("weightGrams").asInt()).isEqualTo(620);
        assertThat(answer.getBody().get("trackingNumber").asString()).startsWith("TRK");
        assertThat(get("/shipments?orderId=ord-ship").getBody().size()).isEqualTo(1);
    }

    @Test
    void aShipmentNeedsAnAddressAndParcels() {
        ResponseEntity<JsonNode> answer = post("/shipments", "{\"orderId\": \"ord-empty\", \"parcels\": []}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("address", "parcels");
    }

    private static final String ADDRESS = """
            {"street": "12 St James's Square", "postalCode": "SW1Y 4JH", "city": "London", "country": "GB"}""";

    private ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }
}
