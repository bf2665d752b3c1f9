package shop;

import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.support.TransactionOperations;

import shop.shipping.RefusingShipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.support.exercise.Exercises.failure;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 03.6 A module on its own: shipping reacts to {@code OrderPlaced} with what the event carries, so it starts and is
 * tested without any other module's beans ({@code shipping.ShippingModuleTest}, a STANDALONE
 * {@code @ApplicationModuleTest}), and, started that way, books the parcel of an order placed in the whole shop.
 */
@Exercise("03.6")
class ModuleOnItsOwnTest extends ShopTest {

    private static final Duration BOOKED_WITHIN = Duration.ofSeconds(10);

    @Test
    void shippingNeedsNoBeanOfAnotherModuleToStart() {
        orderPlaced();
        ApplicationModules modules = ApplicationModules.of(ShopApplication.class);
        ApplicationModule shipping = modules.getModuleByName("shipping").orElseThrow();
        List<String> needed = shipping.getBootstrapDependencies(modules)
                .filter(module -> !modules.getSharedModules().contains(module))
                .map(module -> module.getIdentifier().toString()).sorted().toList();

        assertThat(needed).as(lookAt("03.6", "shipping cannot start on its own: its beans need beans of " + needed
                        + ", so a STANDALONE @ApplicationModuleTest of shipping fails to start. Let OrderPlaced carry"
                        + " what shipping needs"))
                .isEmpty();
    }

    /**
     * Starting is not all: a listener that fetches a bean of another module only when the event arrives starts alone
     * and fails at its first parcel. The event of a real checkout, handed to shipping started alone, must be enough.
     */
    @Test
    void shippingOnItsOwnBooksTheParcelOfAnOrderPlacedElsewhere(Scenario scenario) throws ReflectiveOperationException {
        Class<?> orderPlaced = orderPlaced();
        Shopper ada = shopperWithEmptyCart("ada");
        ada.adds(ada.physicalProducts().get(0), 1);
        Object[] placed = new Object[1];
        scenario.stimulate(() -> ada.checksOutSuccessfully()).andWaitForEventOfType(orderPlaced)
                .toArriveAndVerify(event -> placed[0] = event);
        String orderId = (String) orderPlaced.getMethod("orderId").invoke(placed[0]);

        ShippingAlone alone = startShippingAlone();
        alone.transactions.executeWithoutResult(transaction -> alone.context.publishEvent(placed[0]));

        try {
            await().atMost(BOOKED_WITHIN).until(() -> alone.carrier.wasAskedToBook(orderId));
        } catch (ConditionTimeoutException timedOut) {
            throw failure("03.6", "shipping, started on its own (STANDALONE), was handed the OrderPlaced of " + orderId
                    + " and booked no parcel within " + BOOKED_WITHIN.toSeconds() + " s: its listener still reaches"
                    + " for another module when the event arrives (.workshop/logs/check-03.6.log says which bean it"
                    + " missed). Book the parcel from what the event carries");
        }
    }

    private static ShippingAlone startShippingAlone() {
        TestContextManager spring = new TestContextManager(ShippingAlone.class);
        ShippingAlone alone = new ShippingAlone();
        try {
            spring.prepareTestInstance(alone);
        } catch (Exception cannotStart) {
            throw failure("03.6", "shipping cannot start on its own (a STANDALONE @ApplicationModuleTest of"
                    + " shipping): " + NestedExceptionUtils.getMostSpecificCause(cannotStart).getMessage()
                    + ". Let OrderPlaced carry what shipping needs");
        }
        alone.context = spring.getTestContext().getApplicationContext();
        alone.transactions = alone.context.getBean(TransactionOperations.class);
        return alone;
    }

    private static Class<?> orderPlaced() {
        try {
            return Class.forName("shop.orders.OrderPlaced");
        } catch (ClassNotFoundException missing) {
            throw failure("03.6", "shipping has no OrderPlaced to react to yet: this exercise builds on 03.3,"
                    + " ./workshop check 03.3");
        }
    }

    /**
     * Shipping with only the shared modules, as Spring Modulith starts it for a module test, and a carrier of its own:
     * the whole shop runs beside it on the same database, and would book the parcel too when it hands back the
     * publication that shipping alone left undone.
     */
    @ApplicationModuleTest(module = "shipping")
    @Import(RefusingShipping.class)
    static class ShippingAlone {

        @Autowired
        private RefusingShipping carrier;

        private ApplicationContext context;

        private TransactionOperations transactions;
    }
}
