package shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.support.exercise.Exercises.lookAt;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import workshop.support.exercise.Exercise;

/**
 * With payments remote, the network is back, and with it the failures step 02 had removed: payments-service down,
 * or its answer lost after it charged. Whatever happens, no order is lost and no customer is charged twice: a checkout
 * that cannot learn whether it was paid keeps its order (202, {@code PAYMENT_PENDING}) and its stock, and is charged
 * once payments answers again, with the same idempotency key; or cancelled, its stock released, when payments stays
 * away past the deadline, and not before it: the deadline is the shop's configuration, which these tests set. The test
 * counts charges in payments-service's database and orders in the shop's.
 */
@Exercise("04.5")
class NeverLostNeverTwiceTest {

    /** The deadline of a pending payment in these tests, and time for the registry to hand its event back after it. */
    private static final Duration PAST_THE_DEADLINE = ShopWithPayments.PENDING_DEADLINE.plusSeconds(10);

    private final ShopWithPayments shop = ShopWithPayments.inMode(ShopWithPayments.REMOTE);

    private Shopper linus;

    private String tea;

    @BeforeEach
    void linusBuysATea() {
        shop.requireRemoteCharges("04.5", "");
        linus = shop.shopperWithEmptyCart("linus");
        tea = linus.physicalProducts().get(0);
        linus.adds(tea, 1);
    }

    @AfterEach
    void paymentsIsBack() {
        if (!shop.paymentsServiceRuns()) {
            shop.startPaymentsService();
        }
        shop.passEverythingOn();
    }

    @Test
    void anAnswerLostAfterTheChargeIsAskedForAgainAndNotChargedTwice() {
        shop.answerChargesTooLate();

        Order order = pendingCheckout("payments-service charged, but its answer came after the shop stopped waiting");
        shop.passEverythingOn();

        assertPlacedAndChargedOnce(order);
    }

    @Test
    void aConnectionResetKeepsTheOrderUntilThePaymentGoesThrough() {
        shop.resetChargeConnections();

        Order order = pendingCheckout("the connection to payments-service was reset");
        shop.passEverythingOn();

        assertPlacedAndChargedOnce(order);
    }

    @Test
    void anOrderWaitsForPaymentsServiceToComeBack() {
        shop.stopPaymentsService();

        Order order = pendingCheckout("payments-service was down");
        shop.startPaymentsService();

        assertPlacedAndChargedOnce(order);
    }

    @Test
    void anOrderThatCannotBePaidByTheDeadlineIsCancelledAndItsStockReleased() {
        int inStock = shop.state().available(tea);
        shop.stopPaymentsService();
        Instant checkedOut = Instant.now();

        Order order = pendingCheckout("payments-service was down, and stays down past the deadline");

        await().atMost(PAST_THE_DEADLINE).untilAsserted(() -> assertThat(statusOf(order))
                .as(lookAt("04.5", "payments-service stayed down past the deadline (" + configuredDeadline()
                        + "): the order " + order.orderId() + " is cancelled, so its stock goes back on the shelf"))
                .isEqualTo("CANCELLED"));
        Duration waited = Duration.between(checkedOut, Instant.now());
        assertThat(waited).as(lookAt("04.5", "the order " + order.orderId() + " was cancelled " + waited.toSeconds()
                        + " s after the checkout, before its deadline (" + configuredDeadline() + "): read the"
                        + " deadline from shop.payments.pending-deadline instead of writing one into the code"))
                .isGreaterThanOrEqualTo(ShopWithPayments.PENDING_DEADLINE);
        assertThat(shop.state().available(tea)).as(lookAt("04.5", "the stock of a cancelled order is released"))
                .isEqualTo(inStock);
        await().untilAsserted(() -> assertThat(shop.state().notificationsAbout(order.orderId()))
                .as(lookAt("04.5", "the customer is told that the order was cancelled, and why"))
                .isEqualTo(1));
    }

    /**
     * Checks out while payments cannot answer, and requires what keeps the order: 202 Accepted, the order kept as
     * {@code PAYMENT_PENDING}, its stock held.
     */
    private Order pendingCheckout(String whatHappened) {
        long chargesBefore = shop.chargesInPaymentsServiceOf("linus");
        long ordersBefore = shop.state().ordersOf("linus");
        int inStock = shop.state().available(tea);

        Answer answer = linus.checksOut("tok_visa");

        String outcome = whatHappened + ". The checkout answered " + answer.status() + " " + answer.body()
                + "; payments-service now holds " + (shop.chargesInPaymentsServiceOf("linus") - chargesBefore)
                + " new charge(s) of linus and the shop " + (shop.state().ordersOf("linus") - ordersBefore)
                + " new order(s)";
        assertThat(answer.status())
                .as(lookAt("04.5", outcome + ". Nobody knows whether linus paid: keep the order as PAYMENT_PENDING,"
                        + " with its stock, answer 202 Accepted, and charge it when payments answers again"))
                .isEqualTo(202);
        Order order = answer.as(Order.class);
        assertThat(order.status()).as(lookAt("04.5", outcome)).isEqualTo("PAYMENT_PENDING");
        assertThat(shop.state().available(tea)).as(lookAt("04.5", "a pending order holds its stock")).isEqualTo(
                inStock - 1);
        return order;
    }

    private void assertPlacedAndChargedOnce(Order order) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(statusOf(order))
                .as(lookAt("04.5", "payments answers again, so the pending order " + order.orderId() + " is charged"
                        + " (asked again with the same idempotency key) and placed"))
                .isEqualTo("PLACED"));
        assertThat(shop.chargesInPaymentsServiceFor(order.orderId()))
                .as(lookAt("04.5", "linus is charged once for order " + order.orderId() + ", however often the shop"
                        + " asked"))
                .singleElement()
                .satisfies(charge -> assertThat(charge.status()).isEqualTo("CAPTURED"));
        await().untilAsserted(() -> assertThat(shop.state().notificationsAbout(order.orderId()))
                .as(lookAt("04.5", "the customer is told that the order is placed")).isEqualTo(1));
        await().untilAsserted(() -> assertThat(linus.cart().items())
                .as(lookAt("04.5", "the cart of an order placed is emptied")).isEmpty());
    }

    private static String configuredDeadline() {
        return "shop.payments.pending-deadline=" + ShopWithPayments.PENDING_DEADLINE + " in these tests";
    }

    private String statusOf(Order order) {
        return shop.publicApi().get("/api/orders/{orderId}", order.orderId()).as(Order.class).status();
    }
}
