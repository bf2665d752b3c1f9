package shop.e2e;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;
import workshop.support.tracing.CapturedSpans;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 01.3 Pay the latency bill: every call a checkout waits for adds a network hop to the customer's wait. Calls that
 * do not need each other's answers can be made at the same time, and one call can fetch what N calls did, so the
 * checkout's critical path stays short however full the cart is. Measured as the trace's sequential hops, not in
 * milliseconds, so it holds on any machine.
 */
@Exercise("01.3")
class LatencyBillTest {

    private static final int AT_MOST = 8;

    @Test
    void theCheckoutsCriticalPathIsShortAndDoesNotGrowWithTheCart() {
        int hopsForThree = sequentialHopsOfACheckoutOf(3);
        int hopsForSix = sequentialHopsOfACheckoutOf(6);

        String bill = "a checkout of 3 products waits on " + hopsForThree + " calls one after another, a checkout of"
                + " 6 products on " + hopsForSix + ". ";
        // A bound, not equality: calls made at the same time count as one hop only when their spans overlap, and
        // on a busy machine one parallel pair may not; the bound still fails a checkout whose calls grow with N.
        assertThat(hopsForSix).as(lookAt("01.3", bill + "Which calls of the checkout grow with the cart, and"
                        + " could one call fetch what they fetch? At most " + AT_MOST + " hops"))
                .isLessThanOrEqualTo(AT_MOST);
        assertThat(hopsForThree).as(lookAt("01.3", bill + "Which of the checkout's calls do not need each other's"
                        + " answers, so they could be made at the same time? At most " + AT_MOST + " hops"))
                .isLessThanOrEqualTo(AT_MOST);
    }

    private static int sequentialHopsOfACheckoutOf(int products) {
        Shopper linus = Shopper.withEmptyCart("linus");
        linus.physicalProducts().stream().limit(products).forEach(sku -> linus.adds(sku, 1));
        if (linus.cart().items().size() != products) {
            throw new AssertionError("The shop has fewer than " + products + " products to ship");
        }
        return Traces.reaching("gateway", CapturedSpans.during(linus::checksOutSuccessfully).traces())
                .sequentialHops();
    }
}
