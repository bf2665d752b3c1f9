package workshop.cli.dev.tax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

import workshop.cli.start.ShopVisit;
import workshop.support.database.WorkshopDatabase;

/**
 * What a running shop has used up to one moment, read from outside it: the CPU time of its JVMs and, apart, of the
 * database server's processes (when they run on this machine), the HTTP requests its services served (each service's
 * Tomcat access log, which {@code bench tax} turns on), and the transactions PostgreSQL counted in all its databases.
 * Two readings, subtracted, give what a load cost.
 */
record Usage(Duration shopCpu, Optional<Duration> databaseCpu, long requests, OptionalLong transactions) {

    /** The arguments that make a service log every request it serves into {@code folder}, one line each. */
    static List<String> accessLog(Path folder, String service) {
        return List.of("--server.tomcat.accesslog.enabled=true", "--server.tomcat.accesslog.directory=" + folder,
                "--server.tomcat.accesslog.prefix=" + service, "--server.tomcat.accesslog.suffix=.log",
                "--server.tomcat.accesslog.file-date-format=", "--server.tomcat.accesslog.buffered=false");
    }

    static Usage of(ShopVisit.UpShop shop, Path accessLogs) {
        Duration shopCpu = shop.services().stream().map(service -> cpu(ProcessHandle.of(service.pid()).stream()))
                .reduce(Duration.ZERO, Duration::plus);
        long requests = shop.services().stream()
                .mapToLong(service -> lines(accessLogs.resolve(service.name() + ".log"))).sum();
        try (Connection connection = connect(shop.database());
                Statement statement = connection.createStatement();
                ResultSet server = statement.executeQuery("select pg_backend_pid(),"
                        + " (select sum(xact_commit + xact_rollback) from pg_stat_database)")) {
            server.next();
            return new Usage(shopCpu, databaseCpu(server.getLong(1)), requests, OptionalLong.of(server.getLong(2)));
        } catch (SQLException e) {
            return new Usage(shopCpu, Optional.empty(), requests, OptionalLong.empty());
        }
    }

    /** What was used from {@code before} until this reading; the reading's own transaction is taken off. */
    Usage since(Usage before) {
        return new Usage(shopCpu.minus(before.shopCpu), databaseCpu.flatMap(now -> before.databaseCpu.map(now::minus)),
                requests - before.requests,
                transactions.isPresent() && before.transactions.isPresent()
                        ? OptionalLong.of(transactions.getAsLong() - before.transactions.getAsLong() - 1)
                        : OptionalLong.empty());
    }

    /**
     * The server's processes, found from the backend that answers this reading: its parent is the server's first
     * process, whose children do the work. Empty when the server runs elsewhere (Docker, another machine).
     */
    private static Optional<Duration> databaseCpu(long backend) {
        Optional<ProcessHandle> server = ProcessHandle.of(backend).filter(Usage::isPostgres)
                .flatMap(ProcessHandle::parent).filter(Usage::isPostgres);
        return server.map(postmaster -> cpu(Stream.concat(Stream.of(postmaster), postmaster.descendants())));
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().filter(command -> command.endsWith("postgres")).isPresent();
    }

    private static Duration cpu(Stream<ProcessHandle> processes) {
        return processes.map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    private static long lines(Path log) {
        if (!Files.isRegularFile(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Connection connect(WorkshopDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl("postgres"), database.username(), database.password());
    }
}
