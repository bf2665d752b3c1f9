package shop.orders;

import java.util.Comparator;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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

/**
 * The orders service on its own database, with stand-ins for the services a checkout calls: how it answers when
 * a checkout cannot start. The whole checkout runs against the real services in the e2e module.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckoutTest {

    private static final WireMockServer services = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    @Value("${local.server.port}")
    private int port;

    private RestClient client;

    @DynamicPropertySource
    static void servicesACheckoutCalls(DynamicPropertyRegistry properties) {
        services.start();
        for (String service : List.of("customers", "cart", "catalog", "pricing", "inventory", "payments", "shipping",
                "notifications")) {
            properties.add("shop.services." + service + ".url", services::baseUrl);
        }
    }

    @AfterAll
    static void stopServices() {
        services.stop();
    }

    @BeforeEach
    void aKnownCustomer() {
        services.resetAll();
        services.stubFor(get("/customers/ada").willReturn(okJson("""
                {"id": "ada", "name": "Ada Lovelace", "email": "ada@example.org",
                 "address": {"street": "12 St James's Square", "postalCode": "SW1Y 4JH", "city": "London",
                             "country": "GB"}}""")));
        client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    @Test
    void anEmptyCartIsNothingToCheckOut() {
        services.stubFor(get("/carts/ada")
                .willReturn(okJson("{\"customerId\": \"ada\", \"version\": 0, \"items\": []}")));

        ResponseEntity<JsonNode> answer = placeOrder("{\"customerId\": \"ada\", \"paymentToken\": \"tok_visa\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(422);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Cart is empty");
        assertThat(callsMade()).containsExactlyInAnyOrder("GET /customers/ada", "GET /carts/ada");
    }

    @Test
    void missingFieldsAreABadRequestNamingThem() {
        ResponseEntity<JsonNode> answer = placeOrder("{}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValues("field")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder("customerId", "paymentToken");
        assertThat(callsMade()).isEmpty();
    }

    @Test
    void anUnknownCustomerKeepsTheCustomersServicesStatusAndTitle() {
        services.stubFor(get("/customers/nobody").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 404, \"title\": \"Unknown customer\", \"detail\": \"No customer nobody\"}")));
        services.stubFor(get("/carts/nobody")
                .willReturn(okJson("{\"customerId\": \"nobody\", \"version\": 0, \"items\": []}")));

        ResponseEntity<JsonNode> answer = placeOrder("{\"customerId\": \"nobody\", \"paymentToken\": \"tok_visa\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Unknown customer");
        assertThat(answer.getBody().get("instance").asString()).isEqualTo("/orders");
    }

    @Test
    void aFailingServiceIsABadGatewayNamingIt() {
        services.stubFor(get("/carts/ada").willReturn(aResponse().withStatus(500)));

        ResponseEntity<JsonNode> answer = placeOrder("{\"customerId\": \"ada\", \"paymentToken\": \"tok_visa\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(502);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Bad gateway");
        assertThat(answer.getBody().get("detail").asString()).contains("cart");
    }

    @Test
    void anUnknownOrderIsNotFound() {
        ResponseEntity<JsonNode> answer = client.get().uri("/orders/ord-nosuchorder").retrieve()
                .toEntity(JsonNode.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Unknown order");
    }

    private ResponseEntity<JsonNode> placeOrder(String body) {
        return client.post().uri("/orders").contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(JsonNode.class);
    }

    private static List<String> callsMade() {
        return services.getAllServeEvents().stream()
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(ServeEvent::getRequest)
                .map(request -> request.getMethod() + " " + request.getUrl())
                .toList();
    }
}
