package shop;

import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;

import shop.shipping.RefusingShipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.support.exercise.Exercises.failure;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 03.5 No event lost: an {@code OrderPlaced} that a listener could not handle stays in the event publication registry
 * and is handed to the listener again until it is handled, and handling it twice books one parcel.
 */
@Exercise("03.5")
class NoEventLostTest extends ShopTest {

    private static final Duration RETRIED_WITHIN = Duration.ofSeconds(15);

    @Autowired
    private RefusingShipping carrier;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private TransactionOperations transactions;

    private final ShopState state = state();

    @Test
    void aBookingTheCarrierRefusedIsHandedBackUntilTheParcelIsBookedOnce() {
        // Linus lives in Helsinki, and no other test places an order for him.
        Shopper linus = shopperWithEmptyCart("linus");
        linus.adds(linus.physicalProducts().get(0), 1);

        carrier.refuseNextBookingTo("Helsinki");
        Answer answer = linus.checksOut("tok_visa");

        assertThat(answer.status()).as(lookAt("03.5", "the carrier refused the booking and the checkout failed"
                + " with it: this exercise builds on 03.3, where shipping reacts to OrderPlaced after the checkout:"
                + " ./workshop check 03.3")).isEqualTo(201);
        String orderId = answer.as(Order.class).orderId();
        awaitOrFail(() -> assertThat(carrier.refusedIt()).isTrue(), "shipping was never asked to book the parcel"
                + " of " + orderId);
        awaitOrFail(() -> assertThat(state.shipmentsFor(orderId)).hasSize(1), "the carrier refused the parcel of "
                + orderId + " once, and nobody asked again within " + RETRIED_WITHIN.toSeconds() + " s: the"
                + " OrderPlaced is lost. Keep every publication in Spring Modulith's registry"
                + " (spring-modulith-starter-jdbc, its table in the shop's database) and hand the incomplete ones back"
                + " (IncompleteEventPublications)");
        awaitOrFail(() -> assertThat(incompletePublicationsAbout(orderId)).isZero(), "the parcel of " + orderId
                + " is booked, but the registry still holds an incomplete publication of its OrderPlaced");
    }

    @Test
    void anOrderPlacedHandedOverTwiceBooksOneParcel(Scenario scenario) throws ReflectiveOperationException {
        Class<?> orderPlaced = orderPlaced();
        Shopper grace = shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);
        Object[] placed = new Object[1];
        scenario.stimulate(() -> grace.checksOutSuccessfully()).andWaitForEventOfType(orderPlaced)
                .toArriveAndVerify(event -> placed[0] = event);
        String orderId = (String) orderPlaced.getMethod("orderId").invoke(placed[0]);
        awaitOrFail(() -> assertThat(state.shipmentsFor(orderId)).hasSize(1), "shipping never booked the parcel of "
                + orderId);

        transactions.executeWithoutResult(transaction -> events.publishEvent(placed[0]));

        awaitOrFail(() -> assertThat(incompletePublicationsAbout(orderId)).isZero(), "the OrderPlaced of " + orderId
                + " was handed over a second time, and its listeners did not finish with it");
        assertThat(state.shipmentsFor(orderId)).as(lookAt("03.5", "the OrderPlaced of " + orderId + " was handed to"
                + " shipping twice, as the registry does after a failure or a restart, and shipping booked "
                + state.shipmentsFor(orderId).size() + " parcels: make the booking idempotent (the order ships once)"))
                .hasSize(1);
    }

    private static Class<?> orderPlaced() {
        try {
            return Class.forName("shop.orders.OrderPlaced");
        } catch (ClassNotFoundException missing) {
            throw failure("03.5", "there is no shop.orders.OrderPlaced: this exercise builds on 03.3, where the"
                    + " checkout publishes it: ./workshop check 03.3");
        }
    }

    /** The publications of the order's event that a listener has not completed, in the registry's own table. */
    private long incompletePublicationsAbout(String orderId) {
        try {
            return database("orders").sql("select count(*) from events.event_publication"
                            + " where completion_date is null and serialized_event like ?")
                    .param("%" + orderId + "%").query(Long.class).single();
        } catch (DataAccessException noRegistry) {
            throw failure("03.5", "there is no table events.event_publication: create the registry's table with a"
                    + " migration (schema events) and tell Spring Modulith where it is"
                    + " (spring.modulith.events.jdbc.schema=events)");
        }
    }

    private static void awaitOrFail(Runnable assertion, String problem) {
        try {
            await().atMost(RETRIED_WITHIN).untilAsserted(assertion::run);
        } catch (ConditionTimeoutException timedOut) {
            throw failure("03.5", problem);
        }
    }
}
