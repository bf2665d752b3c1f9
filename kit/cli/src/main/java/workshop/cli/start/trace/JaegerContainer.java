package workshop.cli.start.trace;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * Jaeger, the trace UI of choice, in a container when Docker is there. It receives OTLP and, switched on here,
 * Zipkin's format, which is what the services' ahead-of-time code exports.
 */
final class JaegerContainer implements TraceUi {

    private static final DockerImageName IMAGE = DockerImageName.parse("jaegertracing/all-in-one:1.76.0");
    private static final int ZIPKIN = 9411;
    private static final int UI = 16686;

    private final GenericContainer<?> container;

    private JaegerContainer(GenericContainer<?> container) {
        this.container = container;
    }

    /** Pulls the image on first use, then starts Jaeger; returns once its UI answers. */
    static JaegerContainer start() {
        GenericContainer<?> container = new GenericContainer<>(IMAGE)
                .withEnv("COLLECTOR_ZIPKIN_HOST_PORT", ":" + ZIPKIN)
                .withExposedPorts(ZIPKIN, UI)
                .waitingFor(Wait.forHttp("/").forPort(UI));
        container.start();
        return new JaegerContainer(container);
    }

    @Override
    public String description() {
        return "Jaeger in a container (Docker is available) at " + uiUrl();
    }

    @Override
    public List<String> exportArguments() {
        return TraceUi.zipkinExport(container.getMappedPort(ZIPKIN));
    }

    @Override
    public boolean receivesZipkin() {
        return true;
    }

    @Override
    public Optional<String> traceUrl(String traceId) {
        return Optional.of(uiUrl() + "/trace/" + traceId);
    }

    @Override
    public boolean awaitReady(Duration timeout) {
        return container.isRunning();
    }

    @Override
    public void close() {
        container.stop();
    }

    private String uiUrl() {
        return "http://localhost:" + container.getMappedPort(UI);
    }
}
