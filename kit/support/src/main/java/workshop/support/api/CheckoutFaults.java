package workshop.support.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.assertj.core.description.Description;
import org.assertj.core.description.TextDescription;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import workshop.support.database.DatabaseFaults;

/**
 * Checkouts that meet a fault half-way, the same in every step: a dependency fails or is slow while the checkout
 * runs. Whatever the fault, the checkout ends in a clean success (201), an order kept to be finished once the fault
 * is gone (202, its stock held until then), or a clear failure (a 5xx RFC 9457 problem), and the databases then hold
 * a whole order or none of it: no order without its lines, no stock held without an order, no customer charged
 * without one. Once the fault is gone, the next checkout is placed.
 * <p>
 * A step's test class implements this interface beside its own test base class, hands it the step's
 * {@link ShopUnderTest} and lists the faults to inject, each one a checkout of one item. The stock it sets is put back
 * afterwards, and the cart it filled is emptied.
 */
public interface CheckoutFaults {

    /** How long a kept order (202) may take to be placed once the fault is gone. */
    Duration ACCEPTED_ORDERS_PLACED_WITHIN = Duration.ofSeconds(20);

    /** The step's shop, and what its databases hold. */
    ShopUnderTest shop();

    /** The faults, each injected into one checkout. */
    List<Fault> faults();

    /**
     * What a failure message adds, for a step whose exercise teaches what the fault breaks; the message as it is by
     * default.
     */
    default Description whatToLookAt(String failure) {
        return new TextDescription(failure);
    }

    @TestFactory
    default Stream<DynamicTest> aCheckoutThatMeetsAFaultPlacesAWholeOrderOrNone() {
        ShopUnderTest shop = shop();
        String product = shop.product();
        String customer = shop.customers().get(0);
        Shoppers shoppers = new Shoppers(shop.publicApiUrl());
        int stockBefore = shop.stockOf(product);
        return faults().stream().map(fault -> DynamicTest.dynamicTest(fault.name(), () -> {
            try {
                shop.stockIs(product, 10);
                OrdersSince since = OrdersSince.now(shop);
                shoppers.emptyCarts(List.of(customer));
                shoppers.fillCart(customer, product);
                fault.inject().run();
                Shoppers.Answer answer;
                boolean met;
                try {
                    answer = shoppers.checkOut(customer);
                    met = fault.met().getAsBoolean();
                } finally {
                    fault.heal().run();
                }

                String run = "a checkout of one " + product + " while " + fault.name() + " answered " + answer;
                assertThat(met).as(run + "; the fault never met the checkout").isTrue();
                assertThat(answer.placed() || answer.accepted() || answer.failedClearly())
                        .as(whatToLookAt(run + "; a checkout ends in a 201, a 202 (the order kept, to be finished"
                                + " later) or a 5xx problem")).isTrue();
                boolean ordered = !answer.failedClearly();
                assertThat(shop.stockOf(product)).as(whatToLookAt(run + "; the stock left of 10, "
                                + (ordered ? "one of them ordered" : "none ordered, so none may stay held")))
                        .isEqualTo(ordered ? 9 : 10);
                if (answer.accepted()) {
                    await().atMost(ACCEPTED_ORDERS_PLACED_WITHIN).untilAsserted(() -> assertThat(since.placed())
                            .as(whatToLookAt(run + "; the fault is gone, so the order kept is placed")).hasSize(1));
                } else {
                    assertThat(since.placed()).as(whatToLookAt(run + "; the orders placed"))
                            .hasSize(answer.placed() ? 1 : 0);
                }
                assertThat(since.leftHalfDone()).as(whatToLookAt(run + "; orders charged for but not placed, or stored"
                        + " without their lines")).isEmpty();

                shoppers.emptyCarts(List.of(customer));
                shoppers.fillCart(customer, product);
                assertThat(shoppers.checkOut(customer).placed())
                        .as("after " + fault.name() + ", with the fault gone, the next checkout is placed").isTrue();
            } finally {
                shoppers.emptyCarts(List.of(customer));
                shop.stockIs(product, stockBefore);
            }
        }));
    }

    /**
     * A fault: how to inject it, whether it met the checkout, and how to take it away again.
     *
     * @param name what happens, as a failure message says it: "the connection to the database fails at ..."
     */
    record Fault(String name, Runnable inject, BooleanSupplier met, Runnable heal) {

        /**
         * The database's faults a checkout of every step meets: the connection fails at each of its writes in turn
         * (the claim of the cart, the stock, the reservation, the payment, the order, its lines), and the payment is
         * held back once.
         */
        public static List<Fault> ofTheDatabase(DatabaseFaults database) {
            return Stream.concat(Stream.of("insert into checked_out_carts", "update stock", "insert into reservations",
                                    "insert into payments", "insert into orders", "insert into order_lines")
                            .map(sql -> databaseFailsAt(database, sql)),
                    Stream.of(databaseSlowAt(database, "insert into payments", Duration.ofSeconds(2))))
                    .toList();
        }

        /** The connection to the database fails at the first statement that contains this SQL. */
        public static Fault databaseFailsAt(DatabaseFaults database, String sql) {
            return new Fault("the connection to the database fails at '" + sql + "'",
                    () -> database.failConnectionAt(sql), database::fired, database::heal);
        }

        /** The first statement that contains this SQL is held back this long. */
        public static Fault databaseSlowAt(DatabaseFaults database, String sql, Duration delay) {
            return new Fault("the database holds back '" + sql + "' for " + delay.toMillis() + " ms",
                    () -> database.delayAt(sql, delay), database::fired, database::heal);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
