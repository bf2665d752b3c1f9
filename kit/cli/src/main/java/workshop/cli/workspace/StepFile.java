package workshop.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step's {@code step.properties}: the step's own facts, which {@code ./workshop start}, {@code bench} and
 * {@code doctor} read, so that the kit names no step. It lists the applications {@code start} launches, in that
 * order, the one that serves the public API, the goals {@code bench} judges the step by, and the options, if any,
 * that {@code start} takes for this step:
 * <pre>
 * applications=gateway catalog payments
 * application.gateway.module=gateway
 * application.gateway.main-class=shop.gateway.GatewayApplication
 * application.gateway.port=8080
 * ...
 * public-api=gateway
 * bench.start.ready-goal=30s
 * bench.check.goal=10s
 * bench.tax.stock-column=stock.available
 * bench.tax.starting-code=true
 * option.payments.property=shop.payments.mode
 * option.payments.values=remote in-process
 * option.payments.in-process.applications=gateway catalog
 * </pre>
 * An option {@code --payments VALUE} is the {@link StartOption} of the keys {@code option.payments.*}: every
 * application launched gets {@code --shop.payments.mode=VALUE}, the first value is the default, and a value with an
 * {@code applications} key launches only those (each value must launch the public API); without one, all of them.
 * The values are words of lower-case letters, digits and dashes, since they name the folder of a start's logs.
 * A missing or malformed value, or a key the kit does not read, is reported in one line naming the file and the key.
 */
public record StepFile(Step step, List<Application> applications, Application publicApi, Duration readyGoal,
        Duration checkGoal, List<StartOption> options, Optional<TaxLoad> taxLoad) {

    /**
     * What {@code ./workshop bench tax} needs to load the step's shop: the table and column of the units in stock,
     * which it fills up for a few thousand orders wherever the shop keeps that table (the seeded stock runs out after
     * a few dozen), and whether the starting code is measured too, beside the solved shop (where it teaches something,
     * as a lifted shop does).
     */
    public record TaxLoad(String stockTable, String stockColumn, boolean startingCode) {
    }

    public static final String NAME = "step.properties";

    private static final String APPLICATIONS = "applications";
    private static final String PUBLIC_API = "public-api";
    private static final String READY_GOAL = "bench.start.ready-goal";
    private static final String CHECK_GOAL = "bench.check.goal";
    private static final String TAX_STOCK = "bench.tax.stock-column";
    private static final String TAX_STARTING_CODE = "bench.tax.starting-code";
    private static final String OPTION = "option.";
    private static final Pattern APPLICATION_KEY = Pattern.compile("application\\.([^.]+)\\.(module|main-class|port)");
    /** {@code option.NAME.property}, {@code option.NAME.values} and {@code option.NAME.VALUE.applications}. */
    private static final Pattern OPTION_KEY =
            Pattern.compile("option\\.([^.]+)\\.(?:property|values|([^.]+)\\.applications)");
    private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern PROPERTY = Pattern.compile("[^\\s=]+");
    private static final Pattern PORT = Pattern.compile("[1-9]\\d{0,4}");
    private static final Pattern TABLE_COLUMN = Pattern.compile("([a-z_][a-z0-9_]*)\\.([a-z_][a-z0-9_]*)");
    private static final Pattern SECONDS = Pattern.compile("(\\d+)s");

    /** The step file of the step; empty when the step has none. */
    static Optional<StepFile> of(Step step) {
        Path file = step.dir().resolve(NAME);
        return Files.isRegularFile(file)
                ? Optional.of(new Reader(step, step.folder() + "/" + NAME, PropertiesFile.load(file)).read())
                : Optional.empty();
    }

    public Optional<StartOption> option(String name) {
        return options.stream().filter(option -> option.name().equals(name)).findFirst();
    }

    /** The folder of the application's Maven module. */
    public Path moduleDir(Application application) {
        return application.moduleDir(step.dir());
    }

    /** Reads the values of one file, and says which key of it is wrong. */
    private record Reader(Step step, String file, PropertiesFile values) {

        StepFile read() {
            List<String> names = list(APPLICATIONS, "an application");
            List<Application> applications = new ArrayList<>();
            for (String name : names) {
                applications.add(new Application(name, required("application." + name + ".module"),
                        required("application." + name + ".main-class"), port("application." + name + ".port")));
            }
            String publicApi = required(PUBLIC_API);
            Application serving = applications.stream().filter(application -> application.name().equals(publicApi))
                    .findFirst()
                    .orElseThrow(() -> wrong(PUBLIC_API, "is " + publicApi + ", which is not one of " + APPLICATIONS));
            List<StartOption> options = options(applications, serving);
            refuseUnknownKeys(Set.copyOf(names), options);
            return new StepFile(step, List.copyOf(applications), serving, seconds(READY_GOAL), seconds(CHECK_GOAL),
                    options, taxLoad());
        }

        private Optional<TaxLoad> taxLoad() {
            if (values.get(TAX_STOCK) == null) {
                return Optional.empty();
            }
            Matcher stock = TABLE_COLUMN.matcher(required(TAX_STOCK));
            if (!stock.matches()) {
                throw wrong(TAX_STOCK, "is " + required(TAX_STOCK) + ", not TABLE.COLUMN in lower case");
            }
            String startingCode = Optional.ofNullable(values.get(TAX_STARTING_CODE)).map(String::trim).orElse("false");
            if (!Set.of("true", "false").contains(startingCode)) {
                throw wrong(TAX_STARTING_CODE, "is " + startingCode + ", not true or false");
            }
            return Optional.of(new TaxLoad(stock.group(1), stock.group(2), Boolean.parseBoolean(startingCode)));
        }

        /** The options the keys {@code option.NAME.*} declare, in the order of their names. */
        private List<StartOption> options(List<Application> applications, Application publicApi) {
            Set<String> names = new LinkedHashSet<>();
            for (String key : values.values().keySet()) {
                Matcher option = OPTION_KEY.matcher(key);
                if (option.matches()) {
                    names.add(option.group(1));
                }
            }
            return names.stream().map(name -> option(name, applications, publicApi)).toList();
        }

        private StartOption option(String name, List<Application> applications, Application publicApi) {
            String prefix = OPTION + name + ".";
            String property = required(prefix + "property");
            if (!PROPERTY.matcher(property).matches()) {
                throw wrong(prefix + "property", "is " + property + ", not a property name like shop.payments.mode");
            }
            List<String> optionValues = list(prefix + "values", "a value");
            Map<String, List<Application>> launched = new HashMap<>();
            for (String value : optionValues) {
                if (!WORD.matcher(value).matches()) {
                    throw wrong(prefix + "values",
                            "has " + value + ", not a word of lower-case letters, digits and dashes");
                }
                String key = prefix + value + ".applications";
                launched.put(value, values.get(key) == null ? List.copyOf(applications)
                        : launched(key, applications, publicApi));
            }
            return new StartOption(name, property, optionValues, Map.copyOf(launched));
        }

        /** The applications an option's value launches, in the order of {@code applications}. */
        private List<Application> launched(String key, List<Application> applications, Application publicApi) {
            List<String> names = list(key, "an application");
            for (String name : names) {
                if (applications.stream().noneMatch(application -> application.name().equals(name))) {
                    throw wrong(key, "names " + name + ", which is not one of " + APPLICATIONS);
                }
            }
            if (!names.contains(publicApi.name())) {
                throw wrong(key,
                        "leaves out " + publicApi.name() + ", the " + PUBLIC_API + ", which every start needs");
            }
            return applications.stream().filter(application -> names.contains(application.name())).toList();
        }

        /** A list of words separated by white space, each at most once. */
        private List<String> list(String key, String what) {
            List<String> words = Arrays.stream(required(key).split("\\s+")).toList();
            if (new HashSet<>(words).size() < words.size()) {
                throw wrong(key, "names " + what + " twice");
            }
            return words;
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
        private void refuseUnknownKeys(Set<String> names, List<StartOption> options) {
            for (String key : values.values().keySet()) {
                Matcher application = APPLICATION_KEY.matcher(key);
                Matcher option = OPTION_KEY.matcher(key);
                if (option.matches()) {
                    String name = option.group(1);
                    String value = option.group(2);
                    if (value != null && options.stream().noneMatch(
                            declared -> declared.name().equals(name) && declared.values().contains(value))) {
                        throw wrong(key, "names " + value + ", which is not one of " + OPTION + name + ".values");
                    }
                } else if (key.startsWith(OPTION)) {
                    throw wrong(key, "is not a key of an option: " + OPTION + "NAME.property, " + OPTION
                            + "NAME.values or " + OPTION + "NAME.VALUE.applications");
                } else if (!Set.of(APPLICATIONS, PUBLIC_API, READY_GOAL, CHECK_GOAL, TAX_STOCK, TAX_STARTING_CODE)
                        .contains(key)
                        && !(application.matches() && names.contains(application.group(1)))) {
                    throw wrong(key, "is not a key of a step file, or names no application of " + APPLICATIONS);
                }
            }
        }

        private IllegalStateException wrong(String key, String problem) {
            return new IllegalStateException(file + ": " + key + " " + problem);
        }
    }
}
