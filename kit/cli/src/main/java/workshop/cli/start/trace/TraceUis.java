package workshop.cli.start.trace;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import workshop.cli.process.Maven;
import workshop.cli.start.Http;
import workshop.support.database.Docker;
import workshop.support.ports.Ports;

/**
 * Picks the trace UI, best first: Jaeger in a container when Docker answers, else an OTLP receiver already
 * listening on 4318, else the Zipkin server jar, which needs neither.
 */
public final class TraceUis {

    private TraceUis() {
    }

    /** The local ports a trace UI may take, with what takes each. */
    public static Map<Integer, String> ports() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(ExistingOtlpReceiver.OTLP_HTTP, "trace export (OTLP)");
        ports.put(ZipkinServer.PORT, "the trace UI");
        ports.put(ExistingOtlpReceiver.JAEGER_UI, "the Jaeger UI");
        return ports;
    }

    public static TraceUi start(Path root, Maven maven, Path logDir, Http http, Consumer<String> say) {
        if (Docker.isAvailable()) {
            try {
                return JaegerContainer.start();
            } catch (RuntimeException e) {
                say.accept("Jaeger did not start in Docker (" + e.getMessage() + "); trying without Docker");
            }
        }
        if (Ports.inUse(ExistingOtlpReceiver.OTLP_HTTP)) {
            return new ExistingOtlpReceiver();
        }
        return ZipkinServer.start(root, maven, logDir, http)
                .<TraceUi>map(zipkin -> zipkin)
                .orElseGet(() -> new NoTraceUi("the Zipkin server jar is not downloaded and could not be"
                        + " (run ./workshop prepare while online; see " + root.relativize(logDir) + ")"));
    }
}
