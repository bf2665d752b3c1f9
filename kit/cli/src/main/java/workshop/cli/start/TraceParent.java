package workshop.cli.start;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A W3C {@code traceparent} made by the caller, so the caller knows the trace id of the request before any
 * service answers. The services continue this trace (parent-based sampling, flag 01 = sampled).
 */
record TraceParent(String traceId, String parentSpanId) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static TraceParent random() {
        return new TraceParent(randomHex(16), randomHex(8));
    }

    /** {@code 00-<32 hex trace id>-<16 hex span id>-01}. */
    String header() {
        return "00-" + traceId + "-" + parentSpanId + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
