package shop.e2e;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import workshop.support.tracing.CapturedTrace;

/** Picks the trace of one request out of what a test captured. */
final class Traces {

    /** Every service a checkout reaches, one after another or at the same time. */
    static final List<String> SERVICES_OF_A_CHECKOUT = List.of("gateway", "orders", "customers", "cart", "catalog",
            "pricing", "inventory", "payments", "shipping", "notifications");

    private Traces() {
    }

    /** The trace that reached the service; for the gateway, the trace of the customer's request. */
    static CapturedTrace reaching(String service, List<CapturedTrace> traces) {
        return traces.stream()
                .filter(trace -> trace.services().contains(service))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No captured trace reached " + service + ": " + traces));
    }

    /** The services that worked in other traces than this one: their calls lost the trace context. */
    static Set<String> servicesOutside(CapturedTrace trace, List<CapturedTrace> traces) {
        Set<String> outside = new TreeSet<>();
        traces.stream().filter(other -> other != trace).forEach(other -> outside.addAll(other.services()));
        return outside;
    }
}
