package shop.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the services' facts from {@code services.csv}: kept as data, so the audit can be rerun when they change. */
public final class ServicesCsv {

    private static final String FILE = "/services.csv";
    private static final int COLUMNS = 6;

    private ServicesCsv() {
    }

    /** Every module of today's shop, each a candidate for a service of its own. */
    public static List<ServiceFacts> read() {
        InputStream csv = ServicesCsv.class.getResourceAsStream(FILE);
        if (csv == null) {
            throw new IllegalStateException(FILE + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows after the header line; blank lines are skipped. */
    static List<ServiceFacts> parse(List<String> lines) {
        return lines.stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(ServicesCsv::row)
                .toList();
    }

    private static ServiceFacts row(String line) {
        String[] cells = line.split(",", -1);
        if (cells.length != COLUMNS) {
            throw new IllegalArgumentException("expected " + COLUMNS + " columns in " + FILE + ": " + line);
        }
        return new ServiceFacts(cells[0].trim(), cells[1].trim(), Integer.parseInt(cells[2].trim()),
                cells[3].trim(), cells[4].trim(), cells[5].trim());
    }
}
