package shop.payments;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Payments on its own database, with the simulated card network. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentsControllerTest {

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
    void aChargeIsCapturedAndCanBeRefundedOnce() {
        JsonNode payment = post("/payments", charge("ord-pay", "tok_visa")).getBody();

        assertThat(payment.get("status").asString()).isEqualTo("CAPTURED");
        String refundPath = "/payments/" + payment.get("paymentId").asString() + "/refund";
        assertThat(post(refundPath, "").getBody().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(post(refundPath, "").getBody().get("status").asString()).isEqualTo("REFUNDED");
        assertThat(get("/payments?orderId=ord-pay").getBody().findValuesAsString("status")).containsExactly("REFUNDED");
    }

    @Test
    void aDeclinedCardIsAPaymentRequiredProblemAndIsRecorded() {
        ResponseEntity<JsonNode> answer = post("/payments", charge("ord-declined", "tok_declined"));

        assertThat(answer.getStatusCode().value()).isEqualTo(402);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Payment declined");
        assertThat(get("/payments?orderId=ord-declined").getBody().findValuesAsString("status"))
                .containsExactly("DECLINED");
    }

    @Test
    void aMalformedChargeNamesItsFields() {
        ResponseEntity<JsonNode> answer = post("/payments",
                "{\"orderId\": \"ord-bad\", \"amountCents\": -5, \"currency\": \"euro\", \"paymentToken\": \"4242424242424242\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("amountCents", "currency", "paymentToken");
    }

    @Test
    void refundingAnUnknownPaymentIsANotFoundProblem() {
        assertThat(post("/payments/pay-unknown/refund", "").getStatusCode().value()).isEqualTo(404);
    }

    private static String charge(String orderId, String token) {
        return "{\"orderId\": \"" + orderId + "\", \"amountCents\": 1340, \"currency\": \"EUR\", \"paymentToken\": \""
                + token + "\"}";
    }

    private ResponseEntity<JsonNode> get(String path) {
        return client.get().uri(path).retrieve().toEntity(JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String json) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json).retrieve()
                .toEntity(JsonNode.class);
    }
}
