package workshop.support.hops;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import workshop.support.ThrowingRunnable;

/**
 * The HTTP requests that the Spring applications of this JVM served while an action ran: the public request
 * itself plus every internal hop it caused.
 * <pre>
 * List&lt;ServedRequest&gt; served = ServedRequests.during(() -> shop.checkout(cart));
 * assertThat(served).hasSize(1); // only the public request: no internal hops
 * </pre>
 * {@link ServedRequestsAutoConfiguration} installs the counting filter in every servlet application under test.
 */
public final class ServedRequests {

    private static final ConcurrentLinkedQueue<ServedRequest> served = new ConcurrentLinkedQueue<>();

    private ServedRequests() {
    }

    static void add(ServedRequest request) {
        served.add(request);
    }

    public static List<ServedRequest> during(ThrowingRunnable action) {
        served.clear();
        ThrowingRunnable.runUnchecked(action);
        return List.copyOf(served);
    }

    /** One request as the serving application saw it. */
    public record ServedRequest(String application, String method, String path) {

        @Override
        public String toString() {
            return application + " " + method + " " + path;
        }
    }
}
