package shop.e2e;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;
import workshop.support.hops.ServedRequests;
import workshop.support.hops.ServedRequests.ServedRequest;
import workshop.support.tracing.CapturedSpans;
import workshop.support.tracing.CapturedTrace;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 01.3 Pay the latency bill: every call a checkout waits for adds a network hop to the customer's wait. Calls that
 * do not need each other's answers can be made at the same time, and one call can fetch what N calls did, so the
 * checkout's critical path stays short however full the cart is. Measured as the trace's sequential hops, not in
 * milliseconds, so it holds on any machine; and as the requests catalog and pricing serve, since calls made at the
 * same time are short on the path but still one request, one connection and one thread per product.
 */
@Exercise("01.3")
class LatencyBillTest {

    private static final int AT_MOST = 8;

    @Test
    void theCheckoutsCriticalPathIsShortAndDoesNotGrowWithTheCart() {
        Checkout ofThree = checkoutOf(3);
        Checkout ofSix = checkoutOf(6);
        int hopsForThree = ofThree.hops();
        int hopsForSix = ofSix.hops();

        String bill = "a checkout of 3 products waits on " + hopsForThree + " calls one after another, a checkout of"
                + " 6 products on " + hopsForSix + ". ";
        // A bound, not equality: calls made at the same time count as one hop only when their spans overlap, and
        // on a busy machine one parallel pair may not; so only a difference of more than one hop is growth.
        String question = hopsForSix > hopsForThree + 1
                ? "Which calls of the checkout grow with the cart, and could one call fetch what they fetch?"
                : "Which of the checkout's calls do not need each other's answers, so they could be made at the"
                        + " same time?";
        assertThat(Math.max(hopsForThree, hopsForSix))
                .as(lookAt("01.3", bill + question + " At most " + AT_MOST + " hops"))
                .isLessThanOrEqualTo(AT_MOST);
        assertOneCallFetchesTheWholeCart(ofSix, "catalog", "products");
        assertOneCallFetchesTheWholeCart(ofSix, "pricing", "prices");
        assertTheHopsAreAllCounted(ofThree.traces());
        assertTheHopsAreAllCounted(ofSix.traces());
    }

    /** Calls made at the same time shorten the path, yet each is still a request the service serves. */
    private static void assertOneCallFetchesTheWholeCart(Checkout checkout, String service, String what) {
        long calls = checkout.served().stream().filter(request -> request.application().equals(service)).count();
        assertThat(calls).as(lookAt("01.3", "a checkout of " + checkout.products() + " products made "
                        + calls + " calls to " + service + ". Made at the same time they wait less, but each still"
                        + " costs a request: ask " + service + " for all the cart's " + what + " in one call"))
                .isLessThanOrEqualTo(1);
    }

    /** Calls that left the customer's trace would not count as hops: a short path must still be one whole trace. */
    private static void assertTheHopsAreAllCounted(List<CapturedTrace> traces) {
        CapturedTrace checkout = Traces.reaching("gateway", traces);
        Set<String> outside = Traces.servicesOutside(checkout, traces);
        assertThat(outside).as(lookAt("01.3", outside + " worked outside the checkout's trace, so their calls are"
                        + " missing from the count. A call made on another thread must take the trace context along"
                        + " (how does Spring's task executor do that?)"))
                .isEmpty();
        assertThat(checkout.services()).as(lookAt("01.3", "the checkout's trace does not reach every service"))
                .containsAll(Traces.SERVICES_OF_A_CHECKOUT);
    }

    private static Checkout checkoutOf(int products) {
        Shopper linus = Shopper.withEmptyCart("linus");
        linus.physicalProducts().stream().limit(products).forEach(sku -> linus.adds(sku, 1));
        if (linus.cart().items().size() != products) {
            throw new AssertionError("The shop has fewer than " + products + " products to ship");
        }
        CapturedSpans[] spans = new CapturedSpans[1];
        List<ServedRequest> served = ServedRequests.during(
                () -> spans[0] = CapturedSpans.during(linus::checksOutSuccessfully));
        return new Checkout(products, spans[0].traces(), served);
    }

    /** A checkout of a cart of so many products: its traces, and the requests the shop served for it. */
    private record Checkout(int products, List<CapturedTrace> traces, List<ServedRequest> served) {

        int hops() {
            return Traces.reaching("gateway", traces).sequentialHops();
        }
    }
}
