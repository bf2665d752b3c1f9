package shop.e2e;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;
import workshop.support.tracing.CapturedSpans;
import workshop.support.tracing.CapturedTrace;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 01.1 Follow one request: a checkout is one request of the customer, so it must be one trace, over every
 * service it reaches. Only then can one trace show where a checkout spent its time or where it failed.
 */
@Exercise("01.1")
class FollowOneRequestTest {

    @Test
    void aCheckoutIsOneTraceOverEveryServiceItReaches() {
        Shopper grace = Shopper.withEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);

        List<CapturedTrace> traces = CapturedSpans.during(grace::checksOutSuccessfully).traces();

        CapturedTrace checkout = Traces.reaching("gateway", traces);
        Set<String> outside = Traces.servicesOutside(checkout, traces);
        assertThat(outside).as(lookAt("01.1", "one checkout made " + traces.size() + " traces: " + outside
                        + " worked outside the checkout's trace. Follow the checkout to " + outside
                        + ": who calls it, and does the trace context travel with that call?"))
                .isEmpty();
        assertThat(checkout.services()).as(lookAt("01.1", "the checkout's trace does not reach every service"))
                .containsAll(Traces.SERVICES_OF_A_CHECKOUT);
    }
}
