package workshop.cli.start.trace;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import workshop.cli.process.ChildProcess;

/** No trace UI could be had (no Docker, no receiver, the Zipkin jar not downloaded): the shop runs untraced. */
final class NoTraceUi implements TraceUi {

    private final String why;

    NoTraceUi(String why) {
        this.why = why;
    }

    @Override
    public String description() {
        return "none, " + why;
    }

    @Override
    public List<String> exportArguments() {
        return List.of("--management.tracing.export.zipkin.enabled=false");
    }

    /** The services start without their ahead-of-time code, which would send spans to a Zipkin that is not there. */
    @Override
    public boolean receivesZipkin() {
        return false;
    }

    @Override
    public Optional<String> traceUrl(String traceId) {
        return Optional.empty();
    }

    @Override
    public boolean awaitReady(Duration timeout) {
        return true;
    }

    @Override
    public Optional<ChildProcess> process() {
        return Optional.empty();
    }

    @Override
    public void close() {
        // Nothing was started.
    }
}
