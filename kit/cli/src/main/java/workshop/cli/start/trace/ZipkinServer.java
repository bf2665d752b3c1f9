package workshop.cli.start.trace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import workshop.cli.process.ChildProcess;
import workshop.cli.process.Maven;
import workshop.cli.start.Health;
import workshop.cli.start.Http;
import workshop.cli.start.JavaCommand;
import workshop.cli.workspace.RootPom;

/**
 * The trace UI that needs no Docker: the Zipkin server jar from Maven Central, run with {@code java -jar} from the
 * local Maven repository (the build or {@code ./workshop prepare} put it there). The services send it their
 * spans with OpenTelemetry's Zipkin exporter.
 */
public final class ZipkinServer implements TraceUi {

    public static final int PORT = 9411;

    private final String version;
    private final ChildProcess process;
    private final Http http;

    private ZipkinServer(String version, ChildProcess process, Http http) {
        this.version = version;
        this.process = process;
        this.http = http;
    }

    /** Launches the server and returns at once; {@link #awaitReady} waits for it. Empty when the jar is missing. */
    static Optional<ZipkinServer> start(Path root, Maven maven, Path logDir, Http http) {
        String version = version(root);
        Path jar = jarIn(localRepository(), version);
        if (!Files.isRegularFile(jar)) {
            maven.run(logDir.resolve("zipkin-download.log"), download(artifact(root)));
        }
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        ChildProcess process = JavaCommand.of(root, List.of("-jar", jar.toString()))
                .start("zipkin", logDir.resolve("zipkin.log"));
        return Optional.of(new ZipkinServer(version, process, http));
    }

    /** The server jar as Maven names it, in the version the root pom.xml sets. */
    public static String artifact(Path root) {
        return "io.zipkin:zipkin-server:" + version(root) + ":jar:exec";
    }

    /** The arguments of a Maven run that downloads the artifact into the local repository. */
    public static List<String> download(String artifact) {
        return List.of("-B", "-N", "dependency:get", "-Dartifact=" + artifact, "-Dtransitive=false");
    }

    static Path jarIn(Path localRepository, String version) {
        return localRepository.resolve(Path.of("io", "zipkin", "zipkin-server", version,
                "zipkin-server-" + version + "-exec.jar"));
    }

    /** Maven's default local repository, where the download puts the jar unless settings.xml moves it. */
    private static Path localRepository() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static String version(Path root) {
        return RootPom.property(root, "zipkin-server.version")
                .orElseThrow(() -> new IllegalStateException("pom.xml has no zipkin-server.version property"));
    }

    @Override
    public String description() {
        return "Zipkin " + version + " at http://localhost:" + PORT + " (no Docker for Jaeger, no OTLP receiver on "
                + ExistingOtlpReceiver.OTLP_HTTP + ")";
    }

    @Override
    public List<String> exportArguments() {
        return TraceUi.zipkinExport(PORT);
    }

    @Override
    public boolean receivesZipkin() {
        return true;
    }

    @Override
    public Optional<String> traceUrl(String traceId) {
        return Optional.of("http://localhost:" + PORT + "/zipkin/traces/" + traceId);
    }

    @Override
    public Optional<String> traceJsonUrl(String traceId) {
        return Optional.of("http://localhost:" + PORT + "/api/v2/trace/" + traceId);
    }

    @Override
    public boolean awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            if (http.get("http://localhost:" + PORT + "/health", Duration.ofSeconds(1))
                    .filter(response -> response.status() == 200).isPresent()) {
                return true;
            }
            Health.pause();
        }
        return false;
    }

    @Override
    public Optional<ChildProcess> process() {
        return Optional.of(process);
    }

    @Override
    public void close() {
        process.stop();
    }
}
