package shop;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The fixtures of exercise 03.1 that break a rule, each with the class a rule must name when it catches the
 * violation. Rules that catch them all and let {@code fixtures.clean} pass are real rules. Each fixture is checked
 * once per test JVM: Spring Modulith verifies a code base only the first time it is asked to.
 */
enum PlantedViolation {

    INTERNAL_ACCESS(fixtures.internalaccess.Fixture.class, "fixtures.internalaccess.orders.internal.Checkout",
            "orders' Checkout uses StockLevels from inventory's internal package",
            "Spring Modulith's ApplicationModules.verify() catches it"),
    CYCLE(fixtures.cycle.Fixture.class, "fixtures.cycle.inventory.Inventory",
            "orders calls inventory's Inventory, and Inventory calls orders back",
            "Spring Modulith's ApplicationModules.verify() catches it"),
    EVENT_AS_A_CLASS(fixtures.eventclass.Fixture.class, "fixtures.eventclass.orders.OrderPlaced",
            "inventory listens to OrderPlaced, a class with a setter",
            "write an ArchUnit rule over the methods annotated @ApplicationModuleListener"),
    EVENT_NAMED_AS_A_COMMAND(fixtures.eventname.Fixture.class, "fixtures.eventname.orders.ReserveStock",
            "inventory listens to ReserveStock, named like a command",
            "write an ArchUnit rule over the methods annotated @ApplicationModuleListener"),
    PUBLIC_CONTROLLER(fixtures.publiccontroller.Fixture.class,
            "fixtures.publiccontroller.orders.internal.OrdersController",
            "orders' OrdersController sits in the module's internal package, but is public",
            "write an ArchUnit rule over the classes annotated @RestController that asks for both: an internal package,"
                    + " and not public"),
    CONTROLLER_IN_THE_API(fixtures.apicontroller.Fixture.class, "fixtures.apicontroller.orders.OrdersController",
            "orders' OrdersController is not public, but sits in the module's API",
            "write an ArchUnit rule over the classes annotated @RestController that asks for both: an internal package,"
                    + " and not public");

    private static final Map<PlantedViolation, Optional<String>> OUTCOMES = new ConcurrentHashMap<>();

    private final Class<?> fixture;

    private final String offender;

    private final String plant;

    private final String whatCatchesIt;

    PlantedViolation(Class<?> fixture, String offender, String plant, String whatCatchesIt) {
        this.fixture = fixture;
        this.offender = offender;
        this.plant = plant;
        this.whatCatchesIt = whatCatchesIt;
    }

    /** Empty when the rules in {@link Boundaries} catch this violation and name the class; otherwise what they did. */
    Optional<String> missedByTheRules() {
        return OUTCOMES.computeIfAbsent(this, PlantedViolation::checked);
    }

    private Optional<String> checked() {
        try {
            Boundaries.verify(fixture);
        } catch (AssertionError | RuntimeException caught) {
            String message = String.valueOf(caught.getMessage());
            return message.contains(offender) ? Optional.empty()
                    : Optional.of(where() + ": your rules failed it, but their message does not name " + offender
                            + ": " + message.lines().limit(3).toList());
        }
        return Optional.of(where() + ": " + plant + ", and your rules let it through; " + whatCatchesIt);
    }

    /** What the rules miss of all the planted violations, and how they fail clean code, if they do. */
    static List<String> allMissedByTheRules() {
        return Stream.concat(Arrays.stream(values()).map(PlantedViolation::missedByTheRules),
                Stream.of(cleanCodeFailedByTheRules())).flatMap(Optional::stream).toList();
    }

    /** Empty when the rules let {@code fixtures.clean}, which keeps every rule, pass; otherwise how they failed it. */
    static Optional<String> cleanCodeFailedByTheRules() {
        return CleanCode.FAILED;
    }

    /** Checks the clean fixture on first use, and once. */
    private static final class CleanCode {

        static final Optional<String> FAILED = failed();

        private static Optional<String> failed() {
            try {
                Boundaries.verify(fixtures.clean.Fixture.class);
                return Optional.empty();
            } catch (AssertionError | RuntimeException failed) {
                return Optional.of("fixtures.clean keeps every rule, yet your rules failed it (a rule that fails"
                        + " everything catches nothing): " + String.valueOf(failed.getMessage()).lines().limit(3)
                        .toList());
            }
        }
    }

    private String where() {
        return fixture.getPackageName();
    }

    @Override
    public String toString() {
        return where() + " (" + plant + ")";
    }
}
