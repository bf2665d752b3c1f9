package shop.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import workshop.support.exercise.Exercise;
import workshop.support.exercise.Exercises;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.ResourceAccessException;

import shop.orders.OrdersApplication;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 01.4 Partial failure: shipping fails after the customer has paid. Each service committed its own step, so
 * nothing rolls back by itself: orders must undo what was done (refund the payment, release the stock), answer
 * with a clear problem, and not wait for ever on a service that hangs. A declined payment, too, must release the
 * stock reserved before it.
 * <p>
 * One more orders service runs beside the shop for these tests, calling a stand-in shipping that fails on demand,
 * and payments through a proxy that can hold its answer back: a timeout on one client does not protect the others.
 */
@Exercise("01.4")
class PartialFailureTest {

    private static final WireMockServer shipping = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private static final WireMockServer payments = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private static ConfigurableApplicationContext orders;

    private final ShopState state = new ShopState(Shop.running());

    private ShopClient ordersClient;

    @BeforeAll
    static void startOrdersWithStandIns() {
        shipping.start();
        payments.start();
        orders = Shop.running().start(OrdersApplication.class,
                Map.of("shop.services.shipping.url", shipping.baseUrl(),
                        "shop.services.payments.url", payments.baseUrl()));
    }

    @AfterAll
    static void stop() {
        // Stand-ins first: a checkout still waiting on one fails at once, and orders need not wait for it to close.
        shipping.stop();
        payments.stop();
        orders.close();
    }

    @BeforeEach
    void connect() {
        shipping.resetAll();
        payments.resetAll();
        payments.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(aResponse().proxiedFrom(Shop.running().url("payments"))));
        // The customer's patience: an answer later than this is no answer.
        ordersClient = new ShopClient(Shop.url(orders), Duration.ofSeconds(5));
    }

    @Test
    void shippingFailingAfterPaymentLeavesTheCustomerUncharged() {
        shipping.stubFor(post("/shipments").willReturn(aResponse().withStatus(503)));

        checkoutWhileShipping("answers 503", "ada");
    }

    @Test
    void shippingThatDoesNotAnswerIsGivenUpOnInTime() {
        shipping.stubFor(post("/shipments").willReturn(aResponse().withStatus(503).withFixedDelay(10_000)));

        Answer answer = checkoutWhileShipping("does not answer for 10 s", "grace");

        assertThat(answer.status()).as(lookAt("01.4", "a service that does not answer in time is a 504 Gateway"
                + " timeout, got " + answer)).isEqualTo(504);
    }

    @Test
    void paymentsThatDoesNotAnswerIsGivenUpOnInTimeToo() {
        payments.stubFor(post("/payments").atPriority(1)
                .willReturn(aResponse().withStatus(503).withFixedDelay(10_000)));
        Shopper ada = Shopper.withEmptyCart("ada");
        ada.adds(ada.physicalProducts().get(0), 1);

        Answer answer = placeOrder("ada", "payments does not answer for 10 s");

        assertThat(answer.status()).as(lookAt("01.4", "payments does not answer for 10 s: the checkout must answer"
                + " with a 504 Gateway timeout, got " + answer)).isEqualTo(504);
        assertThat(answer.problem().detail()).as(lookAt("01.4", "the problem must name the service that failed"))
                .contains("payments");
    }

    @Test
    void shippingDroppingTheConnectionLeavesTheCustomerUncharged() {
        shipping.stubFor(post("/shipments").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        checkoutWhileShipping("drops the connection", "linus");
    }

    @Test
    void aDeclinedPaymentReleasesTheStockItsOrderHeld() {
        Shopper ada = Shopper.withEmptyCart("ada");
        String product = ada.physicalProducts().get(0);
        ada.adds(product, 2);
        int inStock = state.available(product);

        Answer answer = ada.checksOut("tok_declined");

        assertThat(answer.status()).as("a declined payment is a 402 problem, got " + answer).isEqualTo(402);
        assertThat(state.available(product)).as(lookAt("01.4", "the payment was declined and 2 of " + product
                        + " stay reserved for an order that will never ship: when a step fails, undo what the steps"
                        + " before it did, here the reservation"))
                .isEqualTo(inStock);
        assertThat(ada.cart().items()).as(lookAt("01.4", "the cart is kept for another try")).isNotEmpty();
    }

    /** Checks out a cart while shipping fails, and checks that the failure left nothing half done. */
    private Answer checkoutWhileShipping(String failure, String customerId) {
        Shopper shopper = Shopper.withEmptyCart(customerId);
        String product = shopper.physicalProducts().get(0);
        shopper.adds(product, 2);
        int inStock = state.available(product);

        Answer answer = placeOrder(customerId, "shipping " + failure);

        assertThat(answer.status()).as(lookAt("01.4", "shipping " + failure + ": the checkout must answer with a"
                + " 502, 503 or 504 problem, got " + answer)).isBetween(502, 504);
        assertThat(answer.problem().detail()).as(lookAt("01.4", "the problem must name the service that failed"))
                .contains("shipping");
        String orderId = orderIdShippingWasAskedFor();
        List<Payment> payments = state.paymentsFor(orderId);
        assertThat(payments).extracting(Payment::status).as(lookAt("01.4", "shipping " + failure + " after the"
                        + " customer paid, and the payment of order " + orderId + " is " + statuses(payments)
                        + ": the customer paid for nothing. Undo in orders' checkout what the steps before the"
                        + " failing one did"))
                .containsOnly("REFUNDED");
        assertThat(state.available(product)).as(lookAt("01.4", "shipping " + failure + " and " + product
                        + " is still reserved for order " + orderId + ": release the reservation too"))
                .isEqualTo(inStock);
        Answer order = ordersClient.get("/orders/{orderId}", orderId);
        assertThat(order.status() == 404 || order.as(Order.class).status().equals("FAILED"))
                .as(lookAt("01.4", "order " + orderId + " should be FAILED or not exist: " + order)).isTrue();
        assertThat(shopper.cart().items()).as(lookAt("01.4", "the cart is kept for another try")).isNotEmpty();
        return answer;
    }

    private Answer placeOrder(String customerId, String failure) {
        try {
            return ordersClient.post("/orders", Map.of("customerId", customerId, "paymentToken", "tok_visa"));
        } catch (ResourceAccessException noAnswer) {
            throw Exercises.failure("01.4", failure + " and orders gave the customer no answer within 5 s: orders"
                    + " waits as long as the slowest service makes it wait. Give all of orders' HTTP clients"
                    + " timeouts, configured in one place: each call may be the one that hangs");
        }
    }

    private String orderIdShippingWasAskedFor() {
        List<LoggedRequest> requests = shipping.findAll(postRequestedFor(urlEqualTo("/shipments")));
        assertThat(requests).as(lookAt("01.4", "orders should have asked shipping for one shipment")).hasSize(1);
        return JsonMapper.shared().readTree(requests.get(0).getBodyAsString()).get("orderId").asString();
    }

    private static String statuses(List<Payment> payments) {
        return payments.isEmpty() ? "not there" : payments.stream().map(Payment::status).toList().toString();
    }
}
