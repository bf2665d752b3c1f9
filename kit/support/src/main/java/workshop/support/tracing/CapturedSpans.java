package workshop.support.tracing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.opentelemetry.sdk.trace.data.SpanData;

import workshop.support.ThrowingRunnable;

/**
 * Every span ended in this JVM while tests run, from every Spring context in it: the services of a step started
 * side by side in one test JVM all report here, so a test can look at one request's whole trace.
 * <pre>
 * CapturedSpans spans = CapturedSpans.during(() -> shop.checkout(cart));
 * assertThat(spans.traces()).hasSize(1);
 * </pre>
 * {@link SpanCaptureAutoConfiguration} feeds it in any Spring Boot test with OpenTelemetry tracing.
 */
public final class CapturedSpans {

    /** How long no new span may end before a request's spans count as complete. */
    private static final long QUIET_MILLIS = 150;

    private static final long MAX_WAIT_MILLIS = 10_000;

    private static final ConcurrentLinkedQueue<SpanData> ended = new ConcurrentLinkedQueue<>();

    private final List<SpanData> spans;

    private CapturedSpans(List<SpanData> spans) {
        this.spans = List.copyOf(spans);
    }

    static void add(SpanData span) {
        ended.add(span);
    }

    /**
     * Runs the action and returns the spans that ended because of it. Spans end just after their response is
     * sent, so this waits until no span has ended for a short quiet period.
     */
    public static CapturedSpans during(ThrowingRunnable action) {
        ended.clear();
        ThrowingRunnable.runUnchecked(action);
        awaitQuiet();
        return new CapturedSpans(new ArrayList<>(ended));
    }

    private static void awaitQuiet() {
        long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
        int seen;
        do {
            seen = ended.size();
            try {
                Thread.sleep(QUIET_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.currentTimeMillis() < deadline && ended.size() != seen);
    }

    public List<SpanData> spans() {
        return spans;
    }

    /** The spans grouped into traces, in the order each trace's first span ended. */
    public List<CapturedTrace> traces() {
        var byTrace = new java.util.LinkedHashMap<String, List<SpanData>>();
        spans.forEach(span -> byTrace.computeIfAbsent(span.getTraceId(), id -> new ArrayList<>()).add(span));
        return byTrace.entrySet().stream().map(e -> new CapturedTrace(e.getKey(), e.getValue())).toList();
    }

    /** The one trace of these spans with the given id (empty when none ended). */
    public CapturedTrace trace(String traceId) {
        return new CapturedTrace(traceId, spans.stream().filter(s -> s.getTraceId().equals(traceId)).toList());
    }
}
