package workshop.cli.start;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The table {@code start} prints once the shop is up: each process with its port, pid and resident memory. */
final class ProcessTable {

    /** One line of the table; the memory is empty when the operating system would not tell. */
    record Row(String name, int port, long pid, OptionalLong rssKilobytes) {

        static Row of(String name, int port, long pid) {
            return new Row(name, port, pid, Memory.rssKilobytes(pid));
        }
    }

    private ProcessTable() {
    }

    /**
     * The services, their total, then the helpers (the trace UI), which are not part of the total: the total is
     * what the architecture costs, not what the workshop adds to show it.
     */
    static String format(List<Row> services, List<Row> helpers) {
        String total = "all " + services.size() + (services.size() == 1 ? " service" : " services");
        int width = Stream.concat(Stream.of("service", total),
                        Stream.concat(services.stream(), helpers.stream()).map(Row::name))
                .mapToInt(String::length)
                .max()
                .orElseThrow();
        String line = "%-" + width + "s  %5s  %7s  %10s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, line, "service", "port", "pid", "memory").stripTrailing());
        services.forEach(row -> lines.add(format(line, row)));
        lines.add(String.format(Locale.ROOT, line, total, "", "", formatMegabytes(totalOf(services))));
        helpers.forEach(row -> lines.add(format(line, row) + "  (not in the total)"));
        return String.join(System.lineSeparator(), lines);
    }

    private static String format(String line, Row row) {
        return String.format(Locale.ROOT, line, row.name(), row.port(), row.pid(), formatMegabytes(row.rssKilobytes()));
    }

    /** Empty as soon as one memory figure is missing: a total that leaves some out would mislead. */
    static OptionalLong totalOf(List<Row> rows) {
        long total = 0;
        for (Row row : rows) {
            if (row.rssKilobytes().isEmpty()) {
                return OptionalLong.empty();
            }
            total += row.rssKilobytes().getAsLong();
        }
        return OptionalLong.of(total);
    }

    static String formatMegabytes(OptionalLong kilobytes) {
        OptionalLong megabytes = megabytes(kilobytes);
        return megabytes.isPresent() ? String.format(Locale.ROOT, "%,d MB", megabytes.getAsLong()) : "?";
    }

    static OptionalLong megabytes(OptionalLong kilobytes) {
        return kilobytes.isPresent() ? OptionalLong.of(Math.round(kilobytes.getAsLong() / 1024.0)) : OptionalLong.empty();
    }
}
