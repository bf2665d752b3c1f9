package shop;

import java.sql.SQLException;
import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** PostgreSQL's SQLSTATE for "duplicate key value violates unique constraint". */
    private static final String UNIQUE_VIOLATION = "23505";

    @Autowired
    private RefusingShipping carrier;

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
    void whatAShopThatStoppedLeftIncompleteIsHandedBackAndBooksNoSecondParcel() {
        Shopper grace = shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);
        String orderId = grace.checksOutSuccessfully().orderId();
        awaitOrFail(() -> assertThat(state.shipmentsFor(orderId)).hasSize(1), "shipping never booked the parcel of "
                + orderId);
        awaitOrFail(() -> assertThat(incompletePublicationsAbout(orderId)).isZero(), "the parcel of " + orderId
                + " is booked, but the registry still holds an incomplete publication of its OrderPlaced");

        leaveIncompleteAsAShopThatStoppedWould(orderId);

        awaitOrFail(() -> assertThat(incompletePublicationsAbout(orderId)).isZero(), "the publications of the"
                + " OrderPlaced of " + orderId + " were left incomplete, as a shop that stops before its listeners"
                + " report back leaves them, and nobody handed them back within " + RETRIED_WITHIN.toSeconds() + " s:"
                + " hand incomplete publications back on a schedule (IncompleteEventPublications); a retry inside the"
                + " listener ends with its JVM");
        assertThat(state.shipmentsFor(orderId)).as(lookAt("03.5", "the OrderPlaced of " + orderId + " was handed to"
                + " shipping twice, as the registry does after a failure or a restart, and shipping booked "
                + state.shipmentsFor(orderId).size() + " parcels: make the booking idempotent (the order ships once)"))
                .hasSize(1);
        assertThat(whatASecondParcelForTheOrderMeets(orderId)).as(lookAt("03.5", "the database took a second parcel"
                + " for " + orderId + ": a check in the code lets two deliveries of the same OrderPlaced at the same"
                + " moment both book one. Make the database refuse it: a unique index on shipments (order_id)"))
                .contains(UNIQUE_VIOLATION);
    }

    /**
     * Marks every publication of the order's event incomplete, as the registry finds them after a shop stopped before
     * its listeners reported back: published an hour ago, not completed.
     */
    private void leaveIncompleteAsAShopThatStoppedWould(String orderId) {
        int left = database("orders").sql("update events.event_publication set completion_date = null,"
                        + " status = 'PUBLISHED', publication_date = now() - interval '1 hour'"
                        + " where serialized_event like ?")
                .param("%" + orderId + "%").update();
        if (left == 0) {
            throw failure("03.5", "the registry keeps no publication of the OrderPlaced of " + orderId + " once it is"
                    + " complete, and this test hands a completed one back as a stopped shop would leave it: keep"
                    + " Spring Modulith's default completion mode (update)");
        }
    }

    /** The SQLSTATE PostgreSQL answers to a second shipment of the order, or what happened instead. */
    private String whatASecondParcelForTheOrderMeets(String orderId) {
        JdbcClient shipping = database("shipping");
        try {
            shipping.sql("""
                            insert into shipments (id, order_id, tracking_number, weight_grams, city, country)
                            select id || '-again', order_id, tracking_number || '-again', weight_grams, city, country
                            from shipments where order_id = ?""")
                    .param(orderId).update();
        } catch (DataAccessException refused) {
            Throwable cause = refused.getMostSpecificCause();
            return cause instanceof SQLException sql ? sql.getSQLState() : cause.getMessage();
        }
        shipping.sql("delete from shipments where order_id = ? and id like '%-again'").param(orderId).update();
        return "it was stored";
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
