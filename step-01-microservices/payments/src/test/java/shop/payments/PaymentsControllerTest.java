package shop.payments;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Payments on its own database, with the simulated card network. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaymentsControllerTest {

    private final RestTestClient payments;

    PaymentsControllerTest(@LocalServerPort int port) {
        payments = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aChargeIsCapturedAndCanBeRefundedOnce() {
        Payment payment = charge(request("ord-pay", "tok_visa"))
                .expectStatus().isCreated()
                .expectBody(Payment.class).returnResult().getResponseBody();
        assertThat(payment.status()).isEqualTo(Payment.Status.CAPTURED);
        assertThat(payment.amountCents()).isEqualTo(1340);

        refund(payment.paymentId()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("REFUNDED");
        refund(payment.paymentId()).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("REFUNDED");

        payments.get().uri("/payments?orderId=ord-pay").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"paymentId": "%s", "orderId": "ord-pay", "status": "REFUNDED"}]"""
                        .formatted(payment.paymentId()));
    }

    @Test
    void aDeclinedCardIsAPaymentRequiredProblemAndIsRecorded() {
        charge(request("ord-declined", "tok_declined"))
                .expectStatus().isEqualTo(402)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"status": 402, "title": "Payment declined",
                         "detail": "The card was declined for order ord-declined."}""");

        Payment[] recorded = payments.get().uri("/payments?orderId=ord-declined").exchange()
                .expectBody(Payment[].class).returnResult().getResponseBody();
        assertThat(recorded).extracting(Payment::status).containsExactly(Payment.Status.DECLINED);

        refund(recorded[0].paymentId())
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.title").isEqualTo("Payment not refundable");
    }

    @Test
    void anInvalidChargeNamesItsFields() {
        charge("""
                {"orderId": "ord-bad", "amountCents": -5, "currency": "euro", "paymentToken": "4242424242424242"}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").<List<String>>value(fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("amountCents", "currency", "paymentToken"));
    }

    @Test
    void anAmountThatIsNotANumberIsNamed() {
        charge("""
                {"orderId": "ord-bad", "amountCents": "ten euros", "currency": "EUR", "paymentToken": "tok_visa"}""")
                .expectStatus().isBadRequest()
                .expectBody().json("""
                        {"status": 400,
                         "errors": [{"field": "amountCents", "message": "must be a whole number of cents"}]}""");
    }

    @Test
    void refundingAnUnknownPaymentIsANotFoundProblem() {
        refund("pay-unknown")
                .expectStatus().isNotFound()
                .expectBody().json("""
                        {"status": 404, "title": "Unknown payment", "detail": "There is no payment pay-unknown."}""");
    }

    @Test
    void lookingUpPaymentsNeedsAnOrder() {
        payments.get().uri("/payments").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String request(String orderId, String token) {
        return """
                {"orderId": "%s", "amountCents": 1340, "currency": "EUR", "paymentToken": "%s"}"""
                .formatted(orderId, token);
    }

    private RestTestClient.ResponseSpec charge(String json) {
        return payments.post().uri("/payments").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private RestTestClient.ResponseSpec refund(String paymentId) {
        return payments.post().uri("/payments/{paymentId}/refund", paymentId).exchange();
    }
}
