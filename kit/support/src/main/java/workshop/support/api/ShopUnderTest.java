package workshop.support.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A step's shop as the checkout suites ({@link ConcurrentCheckouts}, {@link CheckoutFaults}) see it: where its public
 * API is, whom and what they may buy, and what its databases hold, read where the step keeps them (a service's own
 * database, a module's database or schema).
 */
public interface ShopUnderTest {

    /** The public API's base address, such as {@code http://localhost:8080}. */
    String publicApiUrl();

    /** At least two of the shop's seeded customers, whose carts the suites fill and empty again. */
    List<String> customers();

    /** A product that ships (not a gift card), whose stock the suites set and put back. */
    String product();

    /** The units of the product the shop can still sell. */
    int stockOf(String sku);

    /** Sets the units of the product the shop can sell, as a stock-taking would. */
    void stockIs(String sku, int units);

    /** The ids of the orders the shop placed (not those it kept as failed). */
    Set<String> ordersPlaced();

    /** The ids of the orders for which a customer's payment is captured and not refunded. */
    Set<String> ordersCharged();

    /** The ids of the orders stored without their lines: an order written by half. */
    Set<String> ordersWithoutLines();

    /**
     * The orders the shop charged a customer for without placing them, or stored without their lines: what a
     * checkout may never leave behind. The suites look at what each checkout adds to it ({@link OrdersSince}).
     */
    default Set<String> ordersLeftHalfDone() {
        Set<String> halfDone = new HashSet<>(ordersCharged());
        halfDone.removeAll(ordersPlaced());
        halfDone.addAll(ordersWithoutLines());
        return halfDone;
    }
}
