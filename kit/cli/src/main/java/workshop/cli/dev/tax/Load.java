package workshop.cli.dev.tax;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The closed workload of {@code bench tax}: the shop's three seeded customers at once, each in a loop that browses
 * (the catalogue, a product's recommendations), fills a cart of 1, 3 or 10 lines, in turn, and checks out, until the
 * given number of checkouts is reached or the time is up. Only the checkouts are timed; the browsing is the traffic
 * around them. Loopback only, one request at a time per customer.
 */
final class Load {

    static final List<String> CUSTOMERS = List.of("ada", "grace", "linus");

    static final List<Integer> CART_LINES = List.of(1, 3, 10);

    private static final Pattern SKU = Pattern.compile("\"sku\"\\s*:\\s*\"([^\"]+)\"");

    /** Gift cards ship nothing, so they would spare the checkout the carrier: the load buys what ships. */
    private static final String GIFT_CARDS = "GIFT-";

    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(30);

    private final String api;

    private final AtomicLong sent = new AtomicLong();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Load(int publicApiPort) {
        this.api = "http://localhost:" + publicApiPort + "/api";
    }

    /**
     * What one run of the load did: its checkouts' latencies, those that failed, how long it all took, and how many
     * requests it sent to the public API.
     */
    record Outcome(Histogram latencies, int failed, List<String> failures, Duration took, long requestsSent) {

        long placed() {
            return latencies.getTotalCount();
        }
    }

    /** Runs until {@code checkouts} were attempted, or until {@code timeLimit} is up. */
    Outcome run(int checkouts, Duration timeLimit) {
        List<String> skus = shippingSkus();
        Recorder recorder = new Recorder(3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Instant deadline = Instant.now().plus(timeLimit);
        long sentBefore = sent.get();
        long started = System.nanoTime();
        ExecutorService customers = Executors.newFixedThreadPool(CUSTOMERS.size());
        try {
            List<Future<?>> loops = CUSTOMERS.stream().<Future<?>>map(customer -> customers.submit(() -> {
                for (int n = next.getAndIncrement(); n < checkouts && Instant.now().isBefore(deadline);
                        n = next.getAndIncrement()) {
                    int lines = CART_LINES.get(n % CART_LINES.size());
                    browse(skus.get(n % skus.size()));
                    List<String> inCart = fillCart(customer, skus, n, lines);
                    long before = System.nanoTime();
                    Answer checkout = send("POST", "/orders",
                            "{\"customerId\":\"" + customer + "\",\"paymentToken\":\"tok_visa\"}");
                    long micros = (System.nanoTime() - before) / 1_000;
                    if (checkout.status() == 201) {
                        recorder.recordValue(micros);
                    } else {
                        failed.incrementAndGet();
                        if (failures.size() < 5) {
                            failures.add(checkout.status() + " " + abbreviated(checkout.body()));
                        }
                        // A failed checkout keeps the cart; the next one starts from an empty cart all the same.
                        inCart.forEach(sku -> send("DELETE", "/carts/" + customer + "/items/" + sku, null));
                    }
                }
            })).toList();
            for (Future<?> loop : loops) {
                loop.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the load was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the load stopped: " + e.getCause().getMessage(), e.getCause());
        } finally {
            customers.shutdownNow();
        }
        return new Outcome(recorder.getIntervalHistogram(), failed.get(), List.copyOf(failures),
                Duration.ofNanos(System.nanoTime() - started), sent.get() - sentBefore);
    }

    /** One checkout of a 3-line cart with the given W3C traceparent, as a browser that traces would send it. */
    boolean checkOutTraced(String traceparent) {
        List<String> skus = shippingSkus();
        String customer = CUSTOMERS.get(0);
        fillCart(customer, skus, 0, 3);
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/orders")).timeout(ANSWERED_WITHIN)
                .header("Content-Type", "application/json").header("traceparent", traceparent)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"customerId\":\"" + customer + "\",\"paymentToken\":\"tok_visa\"}"))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 201;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> shippingSkus() {
        List<String> skus = new ArrayList<>();
        Matcher sku = SKU.matcher(expect(send("GET", "/products", null), 200, "GET /api/products").body());
        while (sku.find()) {
            if (!sku.group(1).startsWith(GIFT_CARDS) && !skus.contains(sku.group(1))) {
                skus.add(sku.group(1));
            }
        }
        if (skus.isEmpty()) {
            throw new IllegalStateException("GET /api/products lists no product that ships");
        }
        return skus;
    }

    private void browse(String sku) {
        send("GET", "/products", null);
        send("GET", "/products/" + sku + "/recommendations", null);
    }

    /** {@code lines} different products where the catalogue has as many, one unit of each; more units where not. */
    private List<String> fillCart(String customer, List<String> skus, int n, int lines) {
        int distinct = Math.min(lines, skus.size());
        List<String> inCart = new ArrayList<>();
        for (int line = 0; line < distinct; line++) {
            int quantity = lines / distinct + (line < lines % distinct ? 1 : 0);
            String sku = skus.get((n + line) % skus.size());
            expect(send("PUT", "/carts/" + customer + "/items/" + sku, "{\"quantity\":" + quantity + "}"), 200,
                    "PUT /api/carts/" + customer + "/items/" + sku);
            inCart.add(sku);
        }
        return inCart;
    }

    private record Answer(int status, String body) {
    }

    private static Answer expect(Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + " answered " + answer.status() + " " + abbreviated(answer.body()));
        }
        return answer;
    }

    private Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(ANSWERED_WITHIN)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            sent.incrementAndGet();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, method + " " + path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }
}
