package shop.pricing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Pricing on its own database, seeded by its migrations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PricesControllerTest {

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
    void aPriceIsInCentsAndEuros() {
        JsonNode price = get("/prices/TEA-SENCHA-100G").getBody();

        assertThat(price.get("unitPriceCents").asLong()).isEqualTo(890);
        assertThat(price.get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void pricesSeveralProductsInOneCall() {
        JsonNode prices = get("/prices?skus=MUG-STONEWARE,TEA-SENCHA-100G").getBody();

        assertThat(prices.findValuesAsString("sku")).containsExactly("MUG-STONEWARE", "TEA-SENCHA-100G");
    }

    @Test
    void anUnknownProductHasNoPrice() {
        ResponseEntity<JsonNode> answer = get("/prices/NO-SUCH-SKU");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Unknown product");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JsonNode.class);
    }
}
