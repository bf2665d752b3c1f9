package workshop.support.tracing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;

/** The spans of one trace, and what a workshop test asks of them. */
public record CapturedTrace(String traceId, List<SpanData> spans) {

    private static final AttributeKey<String> SERVICE_NAME = AttributeKey.stringKey("service.name");

    public CapturedTrace {
        spans = List.copyOf(spans);
    }

    /** The services (OpenTelemetry {@code service.name}) that took part in this trace. */
    public Set<String> services() {
        return spans.stream().map(CapturedTrace::serviceOf).collect(Collectors.toCollection(TreeSet::new));
    }

    public List<SpanData> serverSpans() {
        return ofKind(SpanKind.SERVER);
    }

    public List<SpanData> clientSpans() {
        return ofKind(SpanKind.CLIENT);
    }

    /**
     * The longest chain of HTTP calls that had to wait for one another: the hops a request pays in latency.
     * Calls a service makes at the same time (their spans overlap) count once, as one wave, and each wave costs
     * the deepest chain behind it. Eight calls one after another count 8; the same calls in two parallel waves
     * count 2.
     */
    public int sequentialHops() {
        Map<String, SpanData> byId = spans.stream().collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));
        return serverSpans().stream()
                .filter(server -> !byId.containsKey(server.getParentSpanId()))
                .mapToInt(entry -> hopsBehind(entry, byId))
                .max().orElse(0);
    }

    private int hopsBehind(SpanData server, Map<String, SpanData> byId) {
        List<SpanData> calls = clientSpans().stream()
                .filter(client -> server.equals(nearestServerAbove(client, byId)))
                .sorted(Comparator.comparingLong(SpanData::getStartEpochNanos))
                .toList();
        int hops = 0;
        for (List<SpanData> wave : waves(calls)) {
            hops += 1 + wave.stream().mapToInt(call -> serverSpans().stream()
                    .filter(callee -> callee.getParentSpanId().equals(call.getSpanId()))
                    .mapToInt(callee -> hopsBehind(callee, byId))
                    .max().orElse(0)).max().orElse(0);
        }
        return hops;
    }

    private static SpanData nearestServerAbove(SpanData span, Map<String, SpanData> byId) {
        for (SpanData parent = byId.get(span.getParentSpanId()); parent != null;
                parent = byId.get(parent.getParentSpanId())) {
            if (parent.getKind() == SpanKind.SERVER) {
                return parent;
            }
        }
        return null;
    }

    /** Groups calls (sorted by start) into waves of calls that overlap in time. */
    private static List<List<SpanData>> waves(List<SpanData> calls) {
        List<List<SpanData>> waves = new ArrayList<>();
        long waveEnd = Long.MIN_VALUE;
        for (SpanData call : calls) {
            if (waves.isEmpty() || call.getStartEpochNanos() >= waveEnd) {
                waves.add(new ArrayList<>());
                waveEnd = call.getEndEpochNanos();
            } else {
                waveEnd = Math.max(waveEnd, call.getEndEpochNanos());
            }
            waves.get(waves.size() - 1).add(call);
        }
        return waves;
    }

    private List<SpanData> ofKind(SpanKind kind) {
        return spans.stream().filter(span -> span.getKind() == kind).toList();
    }

    private static String serviceOf(SpanData span) {
        String name = span.getResource().getAttribute(SERVICE_NAME);
        return name == null ? "unknown" : name;
    }
}
