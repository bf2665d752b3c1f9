package workshop.cli.dev.tax;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.HdrHistogram.Histogram;

import tools.jackson.databind.json.JsonMapper;
import workshop.cli.Io;
import workshop.cli.start.Memory;
import workshop.cli.start.ShopVisit;
import workshop.cli.start.StartCommand;
import workshop.cli.workspace.StepFile;
import workshop.cli.workspace.Workspace;
import workshop.support.database.WorkshopDatabase;

/**
 * One shop of {@code bench tax}, in a JVM of its own so that each shop gets a database of its own, as a start does:
 * starts the shop as {@code start} runs it, fills up its stock, runs the load once to warm up and once measured, and
 * writes the {@link Measurement} as JSON. Everything stops when it is done, or when this JVM is stopped.
 * <p>
 * Arguments: the repository (a copy with the code to measure), what to call the shop, the result file, then the
 * arguments of the start ({@code 04 --payments remote}).
 */
public final class TaxRun {

    static final int WARM_UP_CHECKOUTS = 30;
    static final int MEASURED_CHECKOUTS = 150;
    static final Duration TIME_LIMIT = Duration.ofMinutes(3);

    /** Enough for every checkout of a run, many times over, of whatever the carts hold. */
    private static final int STOCK = 1_000_000;

    /**
     * PostgreSQL counts a backend's transactions in pg_stat_database once the backend has been idle for a while (ten
     * seconds): the readings wait that long after the load.
     */
    private static final Duration STATISTICS_SETTLE = Duration.ofSeconds(11);

    private TaxRun() {
    }

    public static void main(String[] arguments) {
        Workspace workspace = new Workspace(Path.of(arguments[0]));
        String shop = arguments[1];
        Path result = Path.of(arguments[2]);
        var variant = StartCommand.variant(workspace, List.of(arguments).subList(3, arguments.length));
        StepFile.TaxLoad stock = variant.shop().taxLoad().orElseThrow(() -> new IllegalStateException(
                "step " + variant.shop().step().number() + " declares no bench.tax.stock-column"));
        Path accessLogs = Io.unchecked(() -> Files.createTempDirectory("workshop-tax-access-logs-"));
        int exitCode = StartCommand.startThen(workspace, variant, System.out, new ShopVisit() {
            @Override
            public List<String> serviceArguments(String service) {
                return Usage.accessLog(accessLogs, service);
            }

            @Override
            public int visit(UpShop up) {
                Measurement measurement = measure(shop, up, stock, accessLogs);
                Io.unchecked(() -> Files.writeString(result,
                        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(measurement)));
                return 0;
            }
        });
        Io.deleteTree(accessLogs);
        System.exit(exitCode);
    }

    private static Measurement measure(String shop, ShopVisit.UpShop up, StepFile.TaxLoad stock, Path accessLogs) {
        fillUp(up.database(), stock);
        Load load = new Load(up.publicApiPort());
        System.out.println("bench tax: warming up with " + WARM_UP_CHECKOUTS + " checkouts");
        load.run(WARM_UP_CHECKOUTS, TIME_LIMIT);
        settle();
        Usage before = Usage.of(up, accessLogs);
        System.out.println("bench tax: " + MEASURED_CHECKOUTS + " checkouts, measured");
        Load.Outcome outcome = load.run(MEASURED_CHECKOUTS, TIME_LIMIT);
        settle();
        Usage used = Usage.of(up, accessLogs).since(before);
        long memory = 0;
        for (ShopVisit.Service service : up.services()) {
            OptionalLong rss = Memory.rssKilobytes(service.pid());
            memory = rss.isPresent() && memory >= 0 ? memory + rss.getAsLong() : -1;
        }
        CheckoutTrace oneCheckout = CheckoutTrace.ofOneCheckout(load, up.traceUi()::traceJsonUrl,
                up.publicApiService()).orElse(null);
        Histogram latencies = outcome.latencies();
        double placed = Math.max(1, outcome.placed());
        List<Double> percentiles = new ArrayList<>();
        Measurement.PERCENTILES.forEach(percentile -> percentiles.add(millis(latencies, percentile)));
        return new Measurement(shop, up.services().size(), memory < 0 ? null : memory / 1024, outcome.placed(),
                outcome.failed(), outcome.failures(), millis(latencies, 50), millis(latencies, 90),
                millis(latencies, 99), outcome.placed() / (outcome.took().toNanos() / 1e9),
                used.shopCpu().toNanos() / 1e6 / placed,
                used.databaseCpu().map(cpu -> cpu.toNanos() / 1e6 / placed).orElse(null),
                used.requests() / placed, outcome.requestsSent() / placed, perCheckout(used.transactions(), placed),
                percentiles, oneCheckout);
    }

    /** Every table of that name with that column, in every database of the server, gets the stock. */
    private static void fillUp(WorkshopDatabase database, StepFile.TaxLoad stock) {
        List<String> databases = new ArrayList<>();
        try (Connection server = connect(database, "postgres"); Statement statement = server.createStatement();
                var names = statement.executeQuery("select datname from pg_database where not datistemplate")) {
            while (names.next()) {
                databases.add(names.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bench tax: cannot list the shop's databases: " + e.getMessage(), e);
        }
        int filled = 0;
        for (String name : databases) {
            try (Connection connection = connect(database, name); Statement statement = connection.createStatement()) {
                List<String> schemas = new ArrayList<>();
                try (var found = statement.executeQuery("select table_schema from information_schema.columns"
                        + " where table_name = '" + stock.stockTable() + "' and column_name = '" + stock.stockColumn()
                        + "'")) {
                    while (found.next()) {
                        schemas.add(found.getString(1));
                    }
                }
                for (String schema : schemas) {
                    statement.executeUpdate("update " + schema + "." + stock.stockTable() + " set "
                            + stock.stockColumn() + " = " + STOCK);
                    filled++;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("bench tax: cannot fill up the stock in " + name + ": "
                        + e.getMessage(), e);
            }
        }
        if (filled == 0) {
            throw new IllegalStateException("bench tax: no database of the shop has " + stock.stockTable() + "."
                    + stock.stockColumn());
        }
    }

    private static Connection connect(WorkshopDatabase database, String name) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(name), database.username(), database.password());
    }

    private static double millis(Histogram latencies, double percentile) {
        return latencies.getTotalCount() == 0 ? 0 : latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    private static Double perCheckout(OptionalLong count, double checkouts) {
        return count.isPresent() ? count.getAsLong() / checkouts : null;
    }

    private static void settle() {
        try {
            Thread.sleep(STATISTICS_SETTLE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
