package workshop.cli.start.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.cli.process.ChildProcess;
import workshop.cli.process.Maven;
import workshop.cli.start.Health;
import workshop.cli.start.Http;
import workshop.cli.start.JavaCommand;

/**
 * The trace UI that needs no Docker: the Zipkin server jar from Maven Central, run with {@code java -jar} from the
 * local Maven repository (the build or {@code ./workshop prepare} put it there). The services send it their
 * spans with OpenTelemetry's Zipkin exporter.
 */
public final class ZipkinServer implements TraceUi {

    public static final int PORT = 9411;
    private static final Pattern VERSION = Pattern.compile("<zipkin-server.version>([^<]+)</zipkin-server.version>");

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
        String version = versionIn(root.resolve("pom.xml"));
        Path jar = jarIn(localRepository(), version);
        if (!Files.isRegularFile(jar)) {
            maven.run(logDir.resolve("zipkin-download.log"),
                    List.of("-B", "-N", "dependency:get", "-Dartifact=" + artifact(version), "-Dtransitive=false"));
        }
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        ChildProcess process = JavaCommand.of(root, List.of("-jar", jar.toString()))
                .start("zipkin", logDir.resolve("zipkin.log"));
        return Optional.of(new ZipkinServer(version, process, http));
    }

    static String artifact(String version) {
        return "io.zipkin:zipkin-server:" + version + ":jar:exec";
    }

    static Path jarIn(Path localRepository, String version) {
        return localRepository.resolve(Path.of("io", "zipkin", "zipkin-server", version,
                "zipkin-server-" + version + "-exec.jar"));
    }

    /** Maven's default local repository, where the download puts the jar unless settings.xml moves it. */
    private static Path localRepository() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    static String versionIn(Path rootPom) {
        try {
            Matcher version = VERSION.matcher(Files.readString(rootPom, StandardCharsets.UTF_8));
            if (!version.find()) {
                throw new IllegalStateException(rootPom + " has no zipkin-server.version property");
            }
            return version.group(1).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String description() {
        return "Zipkin " + version + " at http://localhost:" + PORT + " (no Docker for Jaeger, no OTLP receiver on "
                + ExistingOtlpReceiver.OTLP_HTTP + ")";
    }

    @Override
    public List<String> exportArguments() {
        return List.of("--management.tracing.export.zipkin.enabled=true",
                "--management.tracing.export.zipkin.endpoint=http://localhost:" + PORT + "/api/v2/spans",
                EXPORT_EVERY_SECOND);
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
