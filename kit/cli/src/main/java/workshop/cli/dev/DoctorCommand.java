package workshop.cli.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.Io;
import workshop.cli.UsageException;
import workshop.cli.start.trace.TraceUis;
import workshop.cli.workspace.PropertiesFile;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;
import workshop.support.database.DatabaseChoice;
import workshop.support.database.Docker;
import workshop.support.ports.Ports;

/**
 * {@code ./workshop doctor}: is this machine ready for the day? A problem (the workshop cannot work) is a
 * red line and makes the exit code 1; a warning (something to fix before it bites) is a yellow line.
 */
public final class DoctorCommand implements Command {

    private static final int REQUIRED_JAVA = 17;

    private final Workspace workspace;
    private final Console console;
    private int problems;
    private int warnings;

    public DoctorCommand(Workspace workspace, Console console) {
        this.workspace = workspace;
        this.console = console;
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
        String url = Objects.requireNonNullElse(PropertiesFile.load(properties).get("distributionUrl"), "");
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
        Map<Integer, List<String>> needed = portsNeeded();
        Map<Integer, List<String>> busy = new LinkedHashMap<>(needed);
        busy.keySet().removeIf(port -> !Ports.inUse(port));
        if (busy.isEmpty()) {
            ok("ports " + listed(List.copyOf(needed.keySet())) + " are free");
        }
        busy.forEach((port, users) -> warning("port " + port + " is in use; needed by " + String.join(", ", users)));
    }

    /** The ports of the applications the step files declare, in order, then the trace UI's; and who needs each. */
    private Map<Integer, List<String>> portsNeeded() {
        Map<Integer, List<String>> applications = new TreeMap<>();
        for (Step step : workspace.steps()) {
            step.stepFile().ifPresent(declared -> declared.applications().forEach(application -> applications
                    .computeIfAbsent(application.port(), key -> new ArrayList<>())
                    .add("step " + step.number() + "'s " + application.name())));
        }
        Map<Integer, List<String>> ports = new LinkedHashMap<>(applications);
        TraceUis.ports().forEach((port, user) -> ports.computeIfAbsent(port, key -> new ArrayList<>()).add(user));
        return ports;
    }

    /** {@code 8080-8090, 4318, 9411 and 16686}: the ports in their order, a run of consecutive ones as a range. */
    static String listed(List<Integer> ports) {
        List<String> parts = new ArrayList<>();
        for (int first = 0, last; first < ports.size(); first = last + 1) {
            last = first;
            while (last + 1 < ports.size() && ports.get(last + 1) == ports.get(last) + 1) {
                last++;
            }
            parts.add(first == last ? ports.get(first).toString() : ports.get(first) + "-" + ports.get(last));
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private boolean wrapperDistributionDownloaded(String distribution) {
        String userHome = Optional.ofNullable(System.getenv("MAVEN_USER_HOME"))
                .orElse(Path.of(System.getProperty("user.home"), ".m2").toString());
        Path dists = Path.of(userHome, "wrapper", "dists", distribution);
        if (!Files.isDirectory(dists)) {
            return false;
        }
        return Io.list(dists).stream().anyMatch(dir -> Files.isDirectory(dir.resolve("bin")));
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
