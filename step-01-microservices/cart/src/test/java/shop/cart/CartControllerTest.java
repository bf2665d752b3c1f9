package shop.cart;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** The cart service on its own database, with a stand-in catalog that knows one product. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CartControllerTest {

    private static final String SENCHA = "TEA-SENCHA-100G";

    private static final WireMockServer catalog = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private Carts carts;

    private RestClient client;

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry properties) {
        catalog.start();
        properties.add("shop.services.catalog.url", catalog::baseUrl);
    }

    @AfterAll
    static void stopCatalog() {
        catalog.stop();
    }

    @BeforeEach
    void emptyCartAndKnownProduct() {
        carts.empty("ada");
        catalog.resetAll();
        catalog.stubFor(get("/products/" + SENCHA).willReturn(okJson("""
                {"sku": "TEA-SENCHA-100G", "name": "Sencha", "description": "Green tea", "weightGrams": 100}""")));
        catalog.stubFor(get("/products/NO-SUCH-SKU").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 404, \"title\": \"Unknown product\", \"detail\": \"No product NO-SUCH-SKU\"}")));
        client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    @Test
    void aCustomerWhoNeverAddedAnythingHasAnEmptyCart() {
        JsonNode cart = client.get().uri("/carts/ada").retrieve().body(JsonNode.class);

        assertThat(cart.get("customerId").asString()).isEqualTo("ada");
        assertThat(cart.get("items").isEmpty()).isTrue();
    }

    @Test
    void puttingAQuantitySetsIt() {
        changeQuantity(SENCHA, "{\"quantity\": 2}");
        ResponseEntity<JsonNode> answer = changeQuantity(SENCHA, "{\"quantity\": 5}");

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(carts.find("ada").items()).containsExactly(new Cart.Item(SENCHA, 5));
    }

    @Test
    void removingAnItemOrEmptyingTheCart() {
        changeQuantity(SENCHA, "{\"quantity\": 2}");

        assertThat(client.delete().uri("/carts/ada/items/" + SENCHA).retrieve().toBodilessEntity()
                .getStatusCode().value()).isEqualTo(204);
        assertThat(carts.find("ada").items()).isEmpty();

        changeQuantity(SENCHA, "{\"quantity\": 2}");
        client.delete().uri("/carts/ada").retrieve().toBodilessEntity();
        assertThat(carts.find("ada").items()).isEmpty();
    }

    @Test
    void anUnknownProductIsTheCatalogsNotFound() {
        ResponseEntity<JsonNode> answer = changeQuantity("NO-SUCH-SKU", "{\"quantity\": 1}");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Unknown product");
        assertThat(carts.find("ada").items()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "{\"quantity\": 0}", "{\"quantity\": 100}", "{\"quantity\": \"two\"}", "{}" })
    void aQuantityOutsideOneTo99IsABadRequestNamingTheField(String body) {
        ResponseEntity<JsonNode> answer = changeQuantity(SENCHA, body);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        assertThat(carts.find("ada").items()).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequest() {
        ResponseEntity<JsonNode> answer = changeQuantity(SENCHA, "{\"quantity\": ");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("detail").asString()).contains("not valid JSON");
    }

    @Test
    void aFailingCatalogIsABadGatewayNamingIt() {
        catalog.stubFor(get("/products/" + SENCHA).willReturn(aResponse().withStatus(500)));

        ResponseEntity<JsonNode> answer = changeQuantity(SENCHA, "{\"quantity\": 1}");

        assertThat(answer.getStatusCode().value()).isEqualTo(502);
        assertThat(answer.getBody().get("detail").asString()).contains("catalog");
        assertThat(carts.find("ada").items()).isEmpty();
    }

    private ResponseEntity<JsonNode> changeQuantity(String sku, String body) {
        return client.put().uri("/carts/ada/items/" + sku).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(JsonNode.class);
    }
}
