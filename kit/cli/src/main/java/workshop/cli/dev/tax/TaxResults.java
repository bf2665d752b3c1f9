package workshop.cli.dev.tax;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import workshop.cli.Io;

/**
 * A run of {@code bench tax}: the machine it measured on, the load, and what each shop did under it.
 *
 * @param machine the processor, cores, memory, operating system and Java, in words
 * @param date    the day of the run
 * @param load    the load, in words
 */
public record TaxResults(String machine, String date, String load, List<Measurement> shops) {

    static TaxResults measuredHere(List<Measurement> shops) {
        return new TaxResults(thisMachine(), LocalDate.now().toString(), Load.CUSTOMERS.size() + " customers at once, "
                + TaxRun.MEASURED_CHECKOUTS + " checkouts after " + TaxRun.WARM_UP_CHECKOUTS + " to warm up, carts of "
                + Load.CART_LINES + " lines in turn, the catalogue and a product's recommendations browsed before each",
                List.copyOf(shops));
    }

    /**
     * A figure as the slides quote it ({@code <!-- bench: 01 solved medianMillis -->}): {@code machine}, or a shop and
     * one of its fields, formatted as the table formats it; empty when these results have no such figure.
     */
    public Optional<String> value(String key) {
        if (key.equals("machine")) {
            return Optional.of(machine);
        }
        int space = key.lastIndexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String field = key.substring(space + 1);
        return shops.stream().filter(shop -> shop.shop().equals(key.substring(0, space))).findFirst()
                .flatMap(shop -> Optional.ofNullable(switch (field) {
                    case "jvms" -> Integer.toString(shop.jvms());
                    case "memoryMegabytes" -> shop.memoryMegabytes() == null ? null
                            : Long.toString(shop.memoryMegabytes());
                    case "medianMillis" -> TaxReport.number(shop.medianMillis());
                    case "p90Millis" -> TaxReport.number(shop.p90Millis());
                    case "p99Millis" -> TaxReport.number(shop.p99Millis());
                    case "checkoutsPerSecond" -> TaxReport.number(shop.checkoutsPerSecond());
                    case "shopCpuMillis" -> TaxReport.number(shop.shopCpuMillis());
                    case "requestsPerCheckout" -> TaxReport.number(shop.requestsPerCheckout());
                    default -> null;
                }));
    }

    /** The results the last run wrote into the repository. */
    public static Optional<TaxResults> of(Path root) {
        Path file = root.resolve(TaxCommand.RESULTS);
        return Files.isRegularFile(file)
                ? Optional.of(JsonMapper.builder().build().readValue(file.toFile(), TaxResults.class))
                : Optional.empty();
    }

    /** The first shop of step 01: what the others are compared with. */
    Measurement sprawl() {
        return shops.stream().filter(shop -> shop.shop().startsWith("01")).findFirst().orElse(shops.get(0));
    }

    private static String thisMachine() {
        Runtime runtime = Runtime.getRuntime();
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return processor() + ", " + runtime.availableProcessors() + " cores"
                + (memory > 0 ? ", " + Math.round(memory / (1024.0 * 1024 * 1024)) + " GiB" : "") + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version");
    }

    private static String processor() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(cpuinfo)) {
            return System.getProperty("os.arch");
        }
        return Io.unchecked(() -> Files.readAllLines(cpuinfo)).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst()
                .orElse(System.getProperty("os.arch"));
    }
}
