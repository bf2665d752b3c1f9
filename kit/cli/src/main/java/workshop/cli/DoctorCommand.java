package workshop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import workshop.support.database.DatabaseChoice;
import workshop.support.database.Docker;
import workshop.support.ports.Ports;

/**
 * {@code ./workshop doctor}: is this machine ready for the day? A problem (the workshop cannot work) is a
 * red line and makes the exit code 1; a warning (something to fix before it bites) is a yellow line.
 */
final class DoctorCommand implements Command {

    private static final int REQUIRED_JAVA = 17;

    private final Workspace workspace;
    private final Console console;
    private int problems;
    private int warnings;

    DoctorCommand(Workspace workspace, Console console) {
        this.workspace = workspace;
        this.console = console;
    }

    @Override
    public String name() {
        return "doctor";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String description() {
        return "check JDK, Maven, offline readiness, Docker, database and ports";
    }

    @Override
    public int run(List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new UsageException("doctor takes no arguments");
        }
        problems = 0;
        warnings = 0;
        checkJava();
        checkMaven();
        checkOfflineReadiness();
        checkDocker();
        checkDatabase();
        checkPorts();
        console.println();
        console.println("doctor: " + count(problems, "problem") + ", " + count(warnings, "warning"));
        return problems == 0 ? 0 : 1;
    }

    private void checkJava() {
        Runtime.Version version = Runtime.version();
        String java = "Java " + version + " (" + System.getProperty("java.vendor") + ") in "
                + System.getProperty("java.home");
        if (version.feature() >= REQUIRED_JAVA) {
            ok(java);
        } else {
            problem(java + ": the workshop needs Java " + REQUIRED_JAVA + " or newer");
        }
    }

    private void checkMaven() {
        Path root = workspace.root();
        Path properties = root.resolve(".mvn/wrapper/maven-wrapper.properties");
        if (!Files.isRegularFile(root.resolve("mvnw")) || !Files.isRegularFile(properties)) {
            problem("the Maven wrapper (mvnw, .mvn/wrapper) is missing from " + root);
            return;
        }
        String url = load(properties).getProperty("distributionUrl", "");
        String distribution = url.substring(url.lastIndexOf('/') + 1).replaceFirst("(-bin)?\\.zip$", "");
        if (wrapperDistributionDownloaded(distribution)) {
            ok("Maven wrapper: " + distribution + " is downloaded");
        } else {
            warning("Maven wrapper: " + distribution
                    + " is not downloaded yet; the first build downloads it (needs network)");
        }
    }

    private void checkOfflineReadiness() {
        if (Files.exists(workspace.state("prepared"))) {
            ok("prepared for a day without network (./workshop prepare has run)");
        } else {
            warning("not prepared for a day without network: run ./workshop prepare while online");
        }
    }

    private void checkDocker() {
        if (Docker.isAvailable()) {
            ok("Docker is available (Jaeger and Testcontainers can be used)");
        } else {
            console.println("- Docker is not available: fine, the workshop uses embedded PostgreSQL"
                    + " and a trace UI without Docker");
        }
    }

    private void checkDatabase() {
        try {
            ok("database: " + DatabaseChoice.fromEnvironment().describe());
        } catch (IllegalArgumentException badSetting) {
            problem("database: " + badSetting.getMessage());
        }
    }

    private void checkPorts() {
        Map<Integer, String> busy = new LinkedHashMap<>(portsNeeded());
        busy.keySet().removeIf(port -> !Ports.inUse(port));
        if (busy.isEmpty()) {
            ok("ports 8080-8090, 4318, 9411 and 16686 are free");
        }
        busy.forEach((port, user) -> warning("port " + port + " is in use; needed by " + user));
    }

    /** The ports the steps listen on, and who needs each. */
    private static Map<Integer, String> portsNeeded() {
        Map<Integer, String> ports = new LinkedHashMap<>();
        for (int port = 8080; port <= 8090; port++) {
            ports.put(port, "step 01's services");
        }
        ports.put(4318, "trace export (OTLP)");
        ports.put(9411, "the trace UI");
        ports.put(16686, "the Jaeger UI");
        return ports;
    }

    private boolean wrapperDistributionDownloaded(String distribution) {
        String userHome = Optional.ofNullable(System.getenv("MAVEN_USER_HOME"))
                .orElse(Path.of(System.getProperty("user.home"), ".m2").toString());
        Path dists = Path.of(userHome, "wrapper", "dists", distribution);
        if (!Files.isDirectory(dists)) {
            return false;
        }
        try (Stream<Path> hashes = Files.list(dists)) {
            return hashes.anyMatch(dir -> Files.isDirectory(dir.resolve("bin")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String count(int n, String what) {
        return (n == 0 ? "no" : Integer.toString(n)) + " " + what + (n == 1 ? "" : "s");
    }

    private void ok(String line) {
        console.println(console.passed(line));
    }

    private void warning(String line) {
        warnings++;
        console.println(console.warning(line));
    }

    private void problem(String line) {
        problems++;
        console.println(console.failed(line));
    }
}
