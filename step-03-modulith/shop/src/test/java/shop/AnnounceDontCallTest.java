package shop;

import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.test.Scenario;

import shop.shipping.RefusingShipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.support.exercise.Exercises.failure;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 03.3 Announce, don't call: the checkout stores the order and publishes {@code OrderPlaced}; shipping, the cart and
 * notifications react to it, so orders no longer depends on them. Reserving stock and taking the payment stay calls:
 * the customer waits for their answer.
 */
@Exercise("03.3")
class AnnounceDontCallTest extends ShopTest {

    private static final List<String> REACT_TO_AN_ORDER = List.of("shipping", "cart", "notifications",
            "recommendations");

    private static final String ORDER_PLACED = "shop.orders.OrderPlaced";

    private final ShopState state = state();

    @Autowired
    private RefusingShipping carrier;

    @Test
    void ordersDependsOnNoModuleThatReactsToAnOrder() {
        ApplicationModules modules = ApplicationModules.of(ShopApplication.class);
        ApplicationModule orders = modules.getModuleByName("orders").orElseThrow();
        List<String> reactingModulesOrdersDependsOn = orders.getDirectDependencies(modules).uniqueModules()
                .map(ApplicationModule::getIdentifier).map(Object::toString).filter(REACT_TO_AN_ORDER::contains).sorted().toList();

        assertThat(reactingModulesOrdersDependsOn)
                .as(lookAt("03.3", "orders still depends on " + reactingModulesOrdersDependsOn + ": publish"
                        + " OrderPlaced when the order is stored, and let those modules react to it"))
                .isEmpty();
    }

    @Test
    void aCheckoutAnnouncesTheOrderAndTheModulesThatReactDoTheirPart(Scenario scenario) {
        Class<?> orderPlaced = orderPlaced();
        Shopper grace = shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1).adds(Shopper.GIFT_CARD, 1);

        try {
            scenario.stimulate(() -> grace.checksOutSuccessfully())
                    .andWaitAtMost(Duration.ofSeconds(5))
                    .andWaitForEventOfType(orderPlaced)
                    .toArriveAndVerify((event, order) -> {
                        assertThat(component(event, "orderId")).as(lookAt("03.3", "OrderPlaced names the order"
                                + " that was placed, by its orderId")).isEqualTo(order.orderId());
                        assertThat(component(event, "customerId")).as(lookAt("03.3", "OrderPlaced names the"
                                + " customer who placed it, by customerId")).isEqualTo("grace");
                        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
                            assertThat(state.shipmentsFor(order.orderId())).as(lookAt("03.3", "shipping books"
                                    + " one parcel for the order it hears of")).hasSize(1);
                            assertThat(state.notificationsAbout(order.orderId())).as(lookAt("03.3",
                                    "notifications confirm the order they hear of, once")).isEqualTo(1);
                        });
                    });
        } catch (ConditionTimeoutException noEvent) {
            throw failure("03.3", "no OrderPlaced was published within 5 s of a checkout: publish it with Spring's"
                    + " ApplicationEventPublisher once the order is stored");
        }
    }

    @Test
    void theCheckoutAnswersWithoutWaitingForTheCarrier() {
        // Grace lives in Chicago: the switch refuses the next parcel to Chicago, hers.
        Shopper grace = shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);

        carrier.refuseNextBookingTo("Chicago");
        Answer answer = grace.checksOut("tok_visa");

        assertThat(answer.status()).as(lookAt("03.3", "the carrier refused the parcel, and the checkout failed with it"
                        + " (" + answer + "): the checkout still waits for shipping. Shipping books the parcel because"
                        + " an order was placed, after the checkout's transaction commits, on another thread: react"
                        + " to OrderPlaced in an @ApplicationModuleListener, not in an @EventListener"))
                .isEqualTo(201);
        try {
            await().atMost(Duration.ofSeconds(5)).until(carrier::refusedIt);
        } catch (ConditionTimeoutException neverAsked) {
            throw failure("03.3", "shipping was never asked to book the parcel of order "
                    + answer.as(Order.class).orderId() + ": let it react to OrderPlaced");
        }
    }

    /** The event's type, which the exercise adds to orders' API. */
    private static Class<?> orderPlaced() {
        try {
            Class<?> type = Class.forName(ORDER_PLACED);
            assertThat(type.isRecord()).as(lookAt("03.3", ORDER_PLACED + " is an event, a fact: make it a record"))
                    .isTrue();
            return type;
        } catch (ClassNotFoundException missing) {
            throw failure("03.3", "there is no " + ORDER_PLACED + " yet: the event orders publishes once an order is"
                    + " stored, a record in orders' API with what the modules that react need to know");
        }
    }

    private static Object component(Object record, String name) {
        try {
            return record.getClass().getMethod(name).invoke(record);
        } catch (ReflectiveOperationException missing) {
            throw failure("03.3", "OrderPlaced has no component " + name + "(): add it to the record");
        }
    }
}
