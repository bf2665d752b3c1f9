package shop.e2e;

import java.util.List;

import workshop.support.tracing.CapturedTrace;

/** Picks the trace of one request out of what a test captured. */
final class Traces {

    private Traces() {
    }

    /** The trace that reached the service; for the gateway, the trace of the customer's request. */
    static CapturedTrace reaching(String service, List<CapturedTrace> traces) {
        return traces.stream()
                .filter(trace -> trace.services().contains(service))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No captured trace reached " + service + ": " + traces));
    }
}
