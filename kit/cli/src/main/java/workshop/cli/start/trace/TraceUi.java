package workshop.cli.start.trace;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import workshop.cli.process.ChildProcess;

/** Where the services send their spans, and where the trainee opens a trace. */
public interface TraceUi extends AutoCloseable {

    /** Spans leave every service each second, so the demo order's trace is there by the time its link is printed. */
    String EXPORT_EVERY_SECOND = "--management.opentelemetry.tracing.export.schedule-delay=1s";

    /** One line for the output: which UI, where, and why this one. */
    String description();

    /** Command-line properties that make one service export its spans here (or nowhere). */
    List<String> exportArguments();

    /**
     * Whether the spans go out in Zipkin's format. The services' ahead-of-time code was generated for that export
     * (the root pom's {@code workshop-start} profile), so only then can they start from it.
     */
    boolean receivesZipkin();

    /** The arguments that make a service export its spans in Zipkin's format to a local port. */
    static List<String> zipkinExport(int port) {
        return List.of("--management.tracing.export.zipkin.enabled=true",
                "--management.tracing.export.zipkin.endpoint=http://localhost:" + port + "/api/v2/spans",
                EXPORT_EVERY_SECOND);
    }

    /** The page that shows one trace; empty when there is no UI to link to. */
    default Optional<String> traceUrl(String traceId) {
        return Optional.empty();
    }

    /** Where one trace's spans can be read as Zipkin's JSON; empty when the UI does not serve them. */
    default Optional<String> traceJsonUrl(String traceId) {
        return Optional.empty();
    }

    /** Waits until spans can be sent; false when the UI did not come up in time. */
    default boolean awaitReady(Duration timeout) {
        return true;
    }

    /** The process to list beside the services, when {@code start} runs one. */
    default Optional<ChildProcess> process() {
        return Optional.empty();
    }

    /** Stops what {@code start} started for it; a UI it did not start is left running. */
    @Override
    default void close() {
    }
}
