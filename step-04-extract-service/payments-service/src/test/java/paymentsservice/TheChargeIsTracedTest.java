package paymentsservice;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import workshop.support.exercise.Exercise;
import workshop.support.tracing.CapturedSpans;
import workshop.support.tracing.CapturedTrace;

/**
 * payments-service goes on with the trace the shop sends it (W3C {@code traceparent}), and shows what it did in it: a
 * span of its own for the charge, with the order and the outcome. It runs on the service's own classpath, as the
 * service runs in production.
 */
@Exercise("04.7")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "payments-service.credential=the-shops-credential")
class TheChargeIsTracedTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("order.id");

    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;

    @Test
    void aChargeGoesOnWithTheShopsTraceAndHasASpanOfItsOwn() {
        String orderId = "ord-traced-" + System.nanoTime();
        HttpRequest charge = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/payments"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer the-shops-credential")
                .header("Idempotency-Key", orderId)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"customerId": "ada", "orderId": "%s", "amountCents": 990, "currency": "EUR",
                         "paymentToken": "tok_visa"}""".formatted(orderId)))
                .build();

        CapturedSpans spans = CapturedSpans.during(() -> http.send(charge, HttpResponse.BodyHandlers.ofString()));

        CapturedTrace trace = spans.trace(TRACE_ID);
        List<String> inTheTrace = trace.spans().stream().map(SpanData::getName).toList();
        assertThat(inTheTrace)
                .as(lookAt("04.7", "payments-service went on with a trace of its own " + spans.traces().stream()
                        .map(CapturedTrace::traceId).toList() + ", not with the one the shop sent it (W3C traceparent,"
                        + " " + TRACE_ID + "): compare how the shop and payments-service propagate the trace context"
                        + " (management.tracing.* in their application.properties)"))
                .isNotEmpty();
        assertThat(trace.spans().stream().filter(span -> span.getName().equals("payments.charge"))
                .map(span -> span.getAttributes().get(ORDER_ID)))
                .as(lookAt("04.7", "the trace shows the request reaching payments-service " + inTheTrace + ", but"
                        + " not what payments did: give the charge a span of its own, payments.charge, with the"
                        + " order's id (order.id), in PaymentsLedger"))
                .containsExactly(orderId);
    }
}
