package workshop.cli.dev.tax;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where one warm checkout's time goes, from its trace: the time the public API took, the calls from one service to
 * another it made, and how much of their time no service spent working, summed over the calls: the client waited
 * longer than the server worked, for the connection, the network, the serialisation and the server's own HTTP
 * handling. Calls made side by side overlap, so the sum can exceed the checkout's time.
 *
 * @param checkoutMillis the public API's span of the checkout
 * @param calls          calls between services (a client span with the server span that answered it)
 * @param callsMillis    summed over the calls, the client's time minus the server's
 */
record CheckoutTrace(double checkoutMillis, int calls, double callsMillis) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Spans leave the services every second; this is long enough for the last of them. */
    private static final Duration SPANS_ARRIVE_WITHIN = Duration.ofSeconds(4);

    /** Places one traced checkout and reads its trace; empty when the trace UI serves no spans. */
    static Optional<CheckoutTrace> ofOneCheckout(Load load, Function<String, Optional<String>> traceJsonUrl,
            String publicApiService) {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String parentSpanId = HexFormat.of().formatHex(randomBytes(8));
        Optional<String> url = traceJsonUrl.apply(traceId);
        if (url.isEmpty() || !load.checkOutTraced("00-" + traceId + "-" + parentSpanId + "-01")) {
            return Optional.empty();
        }
        try {
            Thread.sleep(SPANS_ARRIVE_WITHIN.toMillis());
            HttpResponse<String> spans = HTTP.send(HttpRequest.newBuilder(URI.create(url.get()))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return spans.statusCode() == 200 ? of(JSON.readTree(spans.body()), parentSpanId, publicApiService)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static Optional<CheckoutTrace> of(JsonNode trace, String parentSpanId, String publicApiService) {
        List<JsonNode> spans = StreamSupport.stream(trace.spliterator(), false).toList();
        Optional<JsonNode> checkout = spans.stream()
                .filter(span -> span.path("kind").asString("").equals("SERVER")
                        && span.path("parentId").asString("").equals(parentSpanId)
                        && span.path("localEndpoint").path("serviceName").asString("").equals(publicApiService))
                .findFirst();
        if (checkout.isEmpty()) {
            return Optional.empty();
        }
        Map<String, JsonNode> servedByParent = spans.stream()
                .filter(span -> span.path("kind").asString("").equals("SERVER") && span.has("parentId"))
                .collect(Collectors.toMap(span -> span.path("parentId").asString(), span -> span, (a, b) -> a));
        int calls = 0;
        long callsMicros = 0;
        for (JsonNode client : spans) {
            JsonNode server = servedByParent.get(client.path("id").asString(""));
            if (client.path("kind").asString("").equals("CLIENT") && server != null) {
                calls++;
                callsMicros += client.path("duration").asLong() - server.path("duration").asLong();
            }
        }
        return Optional.of(new CheckoutTrace(checkout.get().path("duration").asLong() / 1000.0, calls,
                callsMicros / 1000.0));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
