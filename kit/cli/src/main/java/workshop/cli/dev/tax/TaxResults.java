package workshop.cli.dev.tax;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import workshop.cli.Io;

/**
 * A run of {@code bench tax}: the machine it measured on, the load, and what each shop did under it.
 *
 * @param machine the processor, cores, memory, operating system and Java, in words
 * @param date    the day of the run
 * @param load    the load, in words
 */
record TaxResults(String machine, String date, String load, List<Measurement> shops) {

    static TaxResults measuredHere(List<Measurement> shops) {
        return new TaxResults(thisMachine(), LocalDate.now().toString(), Load.CUSTOMERS.size() + " customers at once, "
                + TaxRun.MEASURED_CHECKOUTS + " checkouts after " + TaxRun.WARM_UP_CHECKOUTS + " to warm up, carts of "
                + Load.CART_LINES + " lines in turn, the catalogue and a product's recommendations browsed before each",
                List.copyOf(shops));
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
