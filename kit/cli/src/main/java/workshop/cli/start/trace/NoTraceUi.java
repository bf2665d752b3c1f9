package workshop.cli.start.trace;

import java.util.List;

/** No trace UI could be had (no Docker, no receiver, the Zipkin jar not downloaded): the shop runs untraced. */
record NoTraceUi(String why) implements TraceUi {

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
}
