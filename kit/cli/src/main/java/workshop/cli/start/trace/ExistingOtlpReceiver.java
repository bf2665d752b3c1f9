package workshop.cli.start.trace;

import java.util.List;
import java.util.Optional;

import workshop.support.ports.Ports;

/**
 * Whatever already listens on the OTLP port, a Jaeger or a collector the trainee runs: the services export to it
 * and {@code start} leaves it running. A Jaeger UI on its usual port gets the trace link.
 */
final class ExistingOtlpReceiver implements TraceUi {

    static final int OTLP_HTTP = 4318;
    static final int JAEGER_UI = 16686;

    @Override
    public String description() {
        return "the OTLP receiver already listening on port " + OTLP_HTTP
                + (jaegerUiAnswers() ? ", with a Jaeger UI at http://localhost:" + JAEGER_UI : "");
    }

    @Override
    public List<String> exportArguments() {
        return List.of("--management.opentelemetry.tracing.export.otlp.endpoint=http://localhost:" + OTLP_HTTP
                        + "/v1/traces",
                "--management.tracing.export.zipkin.enabled=false",
                EXPORT_EVERY_SECOND);
    }

    /** It may take only OTLP, so the services export OTLP, which their ahead-of-time code has not. */
    @Override
    public boolean receivesZipkin() {
        return false;
    }

    @Override
    public Optional<String> traceUrl(String traceId) {
        return jaegerUiAnswers()
                ? Optional.of("http://localhost:" + JAEGER_UI + "/trace/" + traceId)
                : Optional.empty();
    }

    private static boolean jaegerUiAnswers() {
        return Ports.inUse(JAEGER_UI);
    }
}
