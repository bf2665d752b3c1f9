package workshop.support.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import tools.jackson.databind.json.JsonMapper;

/** Customers of the public API who fill their carts, and check out alone or all at the same moment. */
final class Shoppers {

    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(30);

    private final String publicApi;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Shoppers(String publicApi) {
        this.publicApi = publicApi;
    }

    /** One unit of the product in the customer's cart. */
    void fillCart(String customer, String sku) {
        Answer answer = send("PUT", cartItem(customer, sku), "{\"quantity\":1}");
        if (answer.status() != 200) {
            throw new IllegalStateException("could not put " + sku + " into the cart of " + customer + ": " + answer);
        }
    }

    /** Takes every item out of the customers' carts, whatever tests before left in them. */
    void emptyCarts(List<String> customers) {
        for (String customer : customers) {
            Answer cart = send("GET", cart(customer), null);
            JsonMapper.shared().readTree(cart.body()).path("items")
                    .forEach(item -> send("DELETE", cartItem(customer, item.path("sku").asString()), null));
        }
    }

    Answer checkOut(String customer) {
        return send("POST", "/api/orders",
                "{\"customerId\":\"" + customer + "\",\"paymentToken\":\"tok_visa\"}");
    }

    /** Every customer's checkout, all sent at once; the answers in the customers' order. */
    List<Answer> checkOutAtOnce(List<String> customers) {
        ExecutorService oneThreadEach = Executors.newFixedThreadPool(customers.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<Answer>> checkouts = customers.stream()
                    .map(customer -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(go);
                        return checkOut(customer);
                    }, oneThreadEach))
                    .toList();
            go.countDown();
            return checkouts.stream().map(CompletableFuture::join).toList();
        } finally {
            oneThreadEach.shutdownNow();
        }
    }

    private static String cart(String customer) {
        return "/api/carts/" + URLEncoder.encode(customer, StandardCharsets.UTF_8);
    }

    private static String cartItem(String customer, String sku) {
        return cart(customer) + "/items/" + URLEncoder.encode(sku, StandardCharsets.UTF_8);
    }

    private Answer send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(publicApi + path)).timeout(ANSWERED_WITHIN)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " was interrupted", e);
        }
    }

    private static void awaitQuietly(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Answer(int status, String contentType, String body) {

        boolean placed() {
            return status == 201;
        }

        /** 202: the shop kept the order, to finish it later (a payment it could not yet take, say). */
        boolean accepted() {
            return status == 202;
        }

        /** A 4xx RFC 9457 problem: what a checkout that lost the race gets. */
        boolean refused() {
            return status >= 400 && status < 500 && isProblem();
        }

        /** A 5xx RFC 9457 problem: what a checkout the shop could not finish gets. */
        boolean failedClearly() {
            return status >= 500 && status < 600 && isProblem();
        }

        private boolean isProblem() {
            return contentType.startsWith("application/problem+json") && body.contains("\"status\"")
                    && body.contains("\"title\"");
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 200 ? body.substring(0, 200) + "..." : body);
        }
    }
}
