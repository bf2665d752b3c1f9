package workshop.cli.start;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo order through the public API, the same in every step: two products in the cart of customer
 * {@code ada}, then a checkout paid with the test token {@code tok_visa}. The checkout carries a
 * {@code traceparent} made here, so its trace id is known without asking any service.
 */
final class DemoOrder {

    static final String CUSTOMER = "ada";
    private static final Pattern SKU = Pattern.compile("\"sku\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\"\\s*:\\s*\"([^\"]+)\"");
    /** Gift cards are digital goods: the shop's planted defect of exercise 01.2 fails their checkout on purpose. */
    private static final String GIFT_CARDS = "GIFT-";

    /** The checkout's answer and how long it took, seen from the caller. */
    record Checkout(int status, Duration latency, TraceParent trace, Optional<String> orderId, String body) {

        boolean placed() {
            return status == 201;
        }
    }

    private final Http http;
    private final String api;

    DemoOrder(Http http, int publicApiPort) {
        this.http = http;
        this.api = "http://localhost:" + publicApiPort + "/api";
    }

    /** Throws {@link IllegalStateException} naming the call when filling the cart fails. */
    Checkout place() {
        List<String> products = skusIn(call("GET", "/products", "").body()).stream()
                .filter(sku -> !sku.startsWith(GIFT_CARDS))
                .limit(2)
                .toList();
        if (products.size() < 2) {
            throw new IllegalStateException("demo order: GET /api/products lists fewer than two products");
        }
        // A cart left over from an earlier run (an existing database) is emptied first.
        for (String sku : skusIn(call("GET", "/carts/" + CUSTOMER, "").body())) {
            call("DELETE", "/carts/" + CUSTOMER + "/items/" + sku, "");
        }
        for (String sku : products) {
            call("PUT", "/carts/" + CUSTOMER + "/items/" + sku, "{\"quantity\":1}");
        }
        TraceParent trace = TraceParent.random();
        long started = System.nanoTime();
        Http.Response checkout = http.send("POST", api + "/orders",
                        "{\"customerId\":\"" + CUSTOMER + "\",\"paymentToken\":\"tok_visa\"}",
                        Map.of("traceparent", trace.header()))
                .orElseThrow(() -> new IllegalStateException("demo order: POST /api/orders got no answer"));
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        Matcher orderId = ORDER_ID.matcher(checkout.body());
        return new Checkout(checkout.status(), latency, trace,
                orderId.find() ? Optional.of(orderId.group(1)) : Optional.empty(), checkout.body());
    }

    static List<String> skusIn(String json) {
        return SKU.matcher(json).results().map(match -> match.group(1)).toList();
    }

    private Http.Response call(String method, String path, String json) {
        Http.Response response = http.send(method, api + path, json, Map.of())
                .orElseThrow(() -> new IllegalStateException("demo order: " + method + " /api" + path
                        + " got no answer"));
        if (response.status() >= 300) {
            throw new IllegalStateException("demo order: " + method + " /api" + path + " answered "
                    + response.status() + " " + response.body());
        }
        return response;
    }
}
