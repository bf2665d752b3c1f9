package workshop.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's {@code step.properties}: the step's own facts, which {@code ./workshop start}, {@code bench} and
 * {@code doctor} read, so that the kit names no step. It lists the applications {@code start} launches, in that
 * order, the one that serves the public API, and the goals {@code bench} judges the step by:
 * <pre>
 * applications=gateway catalog
 * application.gateway.module=gateway
 * application.gateway.main-class=shop.gateway.GatewayApplication
 * application.gateway.port=8080
 * ...
 * public-api=gateway
 * bench.start.ready-goal=30s
 * bench.check.goal=10s
 * </pre>
 * A missing or malformed value is reported in one line naming the file and the key.
 */
public record StepFile(Step step, List<Application> applications, Application publicApi, Duration readyGoal,
        Duration checkGoal) {

    public static final String NAME = "step.properties";

    private static final String APPLICATIONS = "applications";
    private static final String PUBLIC_API = "public-api";
    private static final String READY_GOAL = "bench.start.ready-goal";
    private static final String CHECK_GOAL = "bench.check.goal";
    private static final Pattern APPLICATION_KEY = Pattern.compile("application\\.([^.]+)\\.(module|main-class|port)");
    private static final Pattern PORT = Pattern.compile("[1-9]\\d{0,4}");
    private static final Pattern SECONDS = Pattern.compile("(\\d+)s");

    /** The step file of the step; empty when the step has none. */
    static Optional<StepFile> of(Step step) {
        Path file = step.dir().resolve(NAME);
        return Files.isRegularFile(file)
                ? Optional.of(new Reader(step, step.folder() + "/" + NAME, PropertiesFile.load(file)).read())
                : Optional.empty();
    }

    /** The folder of the application's Maven module. */
    public Path moduleDir(Application application) {
        return application.moduleDir(step.dir());
    }

    /** Reads the values of one file, and says which key of it is wrong. */
    private record Reader(Step step, String file, PropertiesFile values) {

        StepFile read() {
            List<String> names = Arrays.stream(required(APPLICATIONS).trim().split("\\s+")).toList();
            if (new HashSet<>(names).size() < names.size()) {
                throw wrong(APPLICATIONS, "names an application twice");
            }
            List<Application> applications = new ArrayList<>();
            for (String name : names) {
                applications.add(new Application(name, required("application." + name + ".module"),
                        required("application." + name + ".main-class"), port("application." + name + ".port")));
            }
            refuseUnknownKeys(Set.copyOf(names));
            String publicApi = required(PUBLIC_API);
            Application serving = applications.stream().filter(application -> application.name().equals(publicApi))
                    .findFirst()
                    .orElseThrow(() -> wrong(PUBLIC_API, "is " + publicApi + ", which is not one of " + APPLICATIONS));
            return new StepFile(step, List.copyOf(applications), serving, seconds(READY_GOAL), seconds(CHECK_GOAL));
        }

        private String required(String key) {
            String value = values.get(key);
            if (value == null || value.isBlank()) {
                throw new IllegalStateException(file + ": " + key + " is missing");
            }
            return value.trim();
        }

        private int port(String key) {
            String value = required(key);
            if (!PORT.matcher(value).matches() || Integer.parseInt(value) > 65535) {
                throw wrong(key, "is " + value + ", not a port number");
            }
            return Integer.parseInt(value);
        }

        private Duration seconds(String key) {
            String value = required(key);
            Matcher seconds = SECONDS.matcher(value);
            if (!seconds.matches()) {
                throw wrong(key, "is " + value + ", not whole seconds like 30s");
            }
            return Duration.ofSeconds(Long.parseLong(seconds.group(1)));
        }

        /** A key the kit does not read is most likely a typing error, which would otherwise go unnoticed. */
        private void refuseUnknownKeys(Set<String> names) {
            for (String key : values.values().keySet()) {
                Matcher application = APPLICATION_KEY.matcher(key);
                boolean known = Set.of(APPLICATIONS, PUBLIC_API, READY_GOAL, CHECK_GOAL).contains(key)
                        || application.matches() && names.contains(application.group(1));
                if (!known) {
                    throw wrong(key, "is not a key of a step file, or names no application of " + APPLICATIONS);
                }
            }
        }

        private IllegalStateException wrong(String key, String problem) {
            return new IllegalStateException(file + ": " + key + " " + problem);
        }
    }
}
