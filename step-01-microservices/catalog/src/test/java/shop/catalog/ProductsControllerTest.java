package shop.catalog;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog on its own database, seeded by its migrations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductsControllerTest {

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
    void listsTheWholeCatalogue() {
        ResponseEntity<JsonNode> answer = get("/products");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody().size()).isEqualTo(12);
    }

    @Test
    void listsOnlyTheProductsAskedFor() {
        JsonNode products = get("/products?skus=MUG-STONEWARE,TEA-SENCHA-100G,NO-SUCH-SKU").getBody();

        assertThat(products.findValuesAsString("sku")).containsExactly("MUG-STONEWARE", "TEA-SENCHA-100G");
    }

    @Test
    void aDigitalProductHasNoWeight() {
        JsonNode giftCard = get("/products/GIFT-CARD-25").getBody();

        assertThat(giftCard.get("name").asString()).isEqualTo("Gift card 25 EUR");
        assertThat(giftCard.get("weightGrams").isNull()).isTrue();
    }

    @Test
    void anUnknownProductIsANotFoundProblem() {
        ResponseEntity<JsonNode> answer = get("/products/NO-SUCH-SKU");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Unknown product");
    }

    private ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JsonNode.class);
    }
}
