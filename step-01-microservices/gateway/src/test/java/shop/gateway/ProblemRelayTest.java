package shop.gateway;

import java.io.IOException;
import java.net.ServerSocket;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of stand-ins for the services behind it: whatever they answer, the customer gets a problem
 * response that says what went wrong, and which service it was when it was not the customer's fault.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemRelayTest {

    private static final WireMockServer services = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    @Value("${local.server.port}")
    private int port;

    private RestClient gateway;

    @DynamicPropertySource
    static void servicesBehindTheGateway(DynamicPropertyRegistry properties) throws IOException {
        services.start();
        for (String service : new String[] { "catalog", "pricing", "cart", "orders" }) {
            properties.add("shop.services." + service + ".url", services::baseUrl);
        }
        String nobodyListens = "http://localhost:" + closedPort();
        properties.add("shop.services.recommendations.url", () -> nobodyListens);
        properties.add("spring.http.clients.read-timeout", () -> "2s");
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @BeforeEach
    void connect() {
        services.resetAll();
        gateway = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    @Test
    void productsComeWithTheirPrices() {
        services.stubFor(get("/products").willReturn(okJson("""
                [{"sku": "TEA-SENCHA-100G", "name": "Sencha", "description": "Green tea", "weightGrams": 100}]""")));
        services.stubFor(get("/prices/TEA-SENCHA-100G").willReturn(okJson("""
                {"sku": "TEA-SENCHA-100G", "unitPriceCents": 850, "currency": "EUR"}""")));

        JsonNode products = gateway.get().uri("/api/products").retrieve().body(JsonNode.class);

        assertThat(products.get(0).get("name").asString()).isEqualTo("Sencha");
        assertThat(products.get(0).get("priceCents").asInt()).isEqualTo(850);
    }

    @Test
    void aProblemOfTheCustomersMakingKeepsItsStatusAndTitle() {
        services.stubFor(get("/products/NO-SUCH-SKU").willReturn(problem(404, """
                {"status": 404, "title": "Unknown product", "detail": "No product NO-SUCH-SKU",
                 "instance": "/products/NO-SUCH-SKU"}""")));

        ResponseEntity<JsonNode> answer = gateway.get().uri("/api/products/NO-SUCH-SKU").retrieve()
                .toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Unknown product");
        assertThat(answer.getBody().get("detail").asString()).isEqualTo("No product NO-SUCH-SKU");
        assertThat(answer.getBody().get("instance").asString()).isEqualTo("/api/products/NO-SUCH-SKU");
    }

    @Test
    void fieldErrorsTravelWithTheProblem() {
        services.stubFor(put("/carts/ada/items/TEA-SENCHA-100G").willReturn(problem(400, """
                {"status": 400, "title": "Bad Request", "detail": "Invalid request content.",
                 "errors": [{"field": "quantity", "message": "must be less than or equal to 99"}]}""")));

        JsonNode problem = gateway.put().uri("/api/carts/ada/items/TEA-SENCHA-100G")
                .contentType(MediaType.APPLICATION_JSON).body("{\"quantity\": 100}")
                .retrieve().body(JsonNode.class);

        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("quantity");
    }

    @Test
    void aRefusalThatIsNoProblemStillReachesTheCustomerAsOne() {
        services.stubFor(get("/products/TEA-SENCHA-100G").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "text/html").withBody("<h1>HTTP Status 400 – Bad Request</h1>")));

        ResponseEntity<JsonNode> answer = gateway.get().uri("/api/products/TEA-SENCHA-100G").retrieve()
                .toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Bad Request");
    }

    @Test
    void aFailingServiceIsABadGatewayNamingIt() {
        services.stubFor(get("/products/TEA-SENCHA-100G").willReturn(okJson("""
                {"sku": "TEA-SENCHA-100G", "name": "Sencha", "description": "Green tea", "weightGrams": 100}""")));
        services.stubFor(get("/prices/TEA-SENCHA-100G").willReturn(problem(500, """
                {"status": 500, "title": "Internal Server Error", "detail": "java.lang.NullPointerException"}""")));

        JsonNode problem = gateway.get().uri("/api/products/TEA-SENCHA-100G").retrieve().body(JsonNode.class);

        assertThat(problem.get("status").asInt()).isEqualTo(502);
        assertThat(problem.get("title").asString()).isEqualTo("Bad gateway");
        assertThat(problem.get("detail").asString()).contains("pricing").doesNotContain("NullPointerException");
    }

    @Test
    void aServiceThatCannotBeReachedIsUnavailable() {
        JsonNode problem = gateway.get().uri("/api/products/TEA-SENCHA-100G/recommendations").retrieve()
                .body(JsonNode.class);

        assertThat(problem.get("status").asInt()).isEqualTo(503);
        assertThat(problem.get("detail").asString()).contains("recommendations");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeout() {
        services.stubFor(post("/orders").willReturn(aResponse().withStatus(201).withFixedDelay(6_000)));

        JsonNode problem = gateway.post().uri("/api/orders").contentType(MediaType.APPLICATION_JSON)
                .body("{\"customerId\": \"ada\", \"paymentToken\": \"tok_visa\"}")
                .retrieve().body(JsonNode.class);

        assertThat(problem.get("status").asInt()).isEqualTo(504);
        assertThat(problem.get("detail").asString()).contains("orders");
    }

    @Test
    void malformedJsonIsABadRequest() {
        ResponseEntity<JsonNode> answer = gateway.post().uri("/api/orders").contentType(MediaType.APPLICATION_JSON)
                .body("{\"customerId\": ").retrieve().toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(services.getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(strings = { "\"two\"", "\"3\"", "2.5" })
    void aQuantityThatIsNotAWholeNumberNamesTheField(String quantity) {
        JsonNode problem = gateway.put().uri("/api/carts/ada/items/TEA-SENCHA-100G")
                .contentType(MediaType.APPLICATION_JSON).body("{\"quantity\": " + quantity + "}")
                .retrieve().body(JsonNode.class);

        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("quantity");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");
        assertThat(services.getAllServeEvents()).isEmpty();
    }

    @Test
    void anIdThatBreaksItsFormIsRefusedBeforeAnyServiceHearsOfIt() {
        JsonNode problem = gateway.get().uri("/api/carts/{customerId}", "ada\r\n").retrieve().body(JsonNode.class);

        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("customerId");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo(PathIds.CUSTOMER_MESSAGE);
        assertThat(services.getAllServeEvents()).isEmpty();
    }

    private static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
