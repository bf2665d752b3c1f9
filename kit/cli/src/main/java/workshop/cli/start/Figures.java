package workshop.cli.start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import workshop.cli.Io;
import workshop.cli.workspace.PropertiesFile;

/**
 * What a start measured, kept as data beside its logs ({@code figures.properties}), so that {@code ./workshop bench}
 * reads numbers rather than the text printed for the trainee. A start that does not get as far as the demo order
 * leaves no figures. Each value of a step's options has a log folder of its own ({@link ShopVariant#logDir}), so the
 * figures of one do not replace those of another.
 *
 * @param memoryMegabytes the services' resident memory together; empty when the operating system would not tell
 * @param checkoutStatus  the HTTP status of the first checkout
 */
public record Figures(Duration ready, OptionalLong memoryMegabytes, Duration firstCheckout, int checkoutStatus) {

    private static final String FILE = "figures.properties";
    private static final String READY = "ready.seconds";
    private static final String MEMORY = "memory.megabytes";
    private static final String CHECKOUT = "first-checkout.milliseconds";
    private static final String STATUS = "first-checkout.status";

    /** The figures of the last start whose logs are in this folder, if it got as far as the demo order. */
    public static Optional<Figures> read(Path logDir) {
        Path file = logDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        PropertiesFile values = PropertiesFile.load(file);
        String memory = values.get(MEMORY);
        return Optional.of(new Figures(Duration.ofMillis(Math.round(Double.parseDouble(values.get(READY)) * 1000)),
                memory == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(memory)),
                Duration.ofMillis(Long.parseLong(values.get(CHECKOUT))), Integer.parseInt(values.get(STATUS))));
    }

    /** Removes the figures of an earlier start, so that a start that fails leaves none behind. */
    static void discard(Path logDir) {
        Io.unchecked(() -> Files.deleteIfExists(logDir.resolve(FILE)));
    }

    /** @param arguments the start's arguments, {@code 04 --payments remote}, to say in the file what it measured */
    void write(Path logDir, String arguments) {
        PropertiesFile file = PropertiesFile.empty(logDir.resolve(FILE));
        file.put(READY, String.format(Locale.ROOT, "%.3f", ready.toMillis() / 1000.0));
        memoryMegabytes.ifPresent(megabytes -> file.put(MEMORY, Long.toString(megabytes)));
        file.put(CHECKOUT, Long.toString(firstCheckout.toMillis()));
        file.put(STATUS, Integer.toString(checkoutStatus));
        file.store("what ./workshop start " + arguments + " measured, for ./workshop bench");
    }
}
