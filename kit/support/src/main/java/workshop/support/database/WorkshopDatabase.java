package workshop.support.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import workshop.support.database.DatabaseChoice.WorkshopSettings;

/**
 * The one PostgreSQL server of this JVM, started on first use and shared by every Spring context in it, with a
 * database per service or module created on demand.
 * <p>
 * Spring Boot applications do not call this: they name their databases in plain {@code spring.datasource.*}
 * properties, which the tests and {@code ./workshop start} point at this server (see {@link WorkshopDataSources}).
 */
public final class WorkshopDatabase {

    private static final Logger log = LoggerFactory.getLogger(WorkshopDatabase.class);

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static final String DUPLICATE_DATABASE = "42P04";

    private static WorkshopDatabase shared;

    private static boolean starting;

    private final PostgresServer server;

    /** Spring reads a data source's URL several times while a context starts; the database is looked for once. */
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    private WorkshopDatabase(PostgresServer server) {
        this.server = server;
    }

    /** The JVM's server, started (or found) on the first call. */
    public static synchronized WorkshopDatabase shared() {
        if (shared == null) {
            WorkshopSettings settings = WorkshopSettings.fromSystem();
            DatabaseChoice choice = DatabaseChoice.from(settings, Docker::isAvailable);
            shared = new WorkshopDatabase(PostgresServers.start(choice, settings));
            log.info("Workshop database: {}", shared.describe());
        }
        return shared;
    }

    /**
     * Starts the JVM's server on a thread of its own, unless it is up already; {@link #shared()} then waits for it. A
     * failure is not reported here: the next call of {@code shared()} tries again and fails with the cause.
     */
    static synchronized void startInBackground() {
        if (shared != null || starting) {
            return;
        }
        starting = true;
        Thread start = new Thread(() -> {
            try {
                shared();
            } catch (RuntimeException reportedByTheNextCall) {
                // See above.
            }
        }, "workshop-database-start");
        start.setDaemon(true);
        start.start();
    }

    /**
     * Stops the embedded servers of JVMs that ended without stopping them (killed before their shutdown hooks ran), and
     * deletes their folders. The CLI calls this once it has stopped the JVMs it started.
     */
    public static void removeLeftovers() {
        DataDirectories.onQuickestFileSystem().deleteLeftovers();
    }

    /** The JDBC URL of the named database, created first if it does not exist yet. */
    public String jdbcUrl(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("'" + database
                    + "' is not a database name the workshop uses: lower case letters, digits and _");
        }
        if (!created.contains(database)) {
            createIfMissing(database);
            created.add(database);
        }
        return server.jdbcUrl(database);
    }

    public String username() {
        return server.user();
    }

    public String password() {
        return server.password();
    }

    /** The server's JDBC URL without a database: every database's URL on this server starts with it. */
    public String serverUrl() {
        return server.baseUrl();
    }

    public String describe() {
        return server.description();
    }

    /**
     * Since PostgreSQL 15 a new database is by default copied page by page through the write-ahead log. Copying its
     * files is five times quicker for the small databases of the workshop (eleven in 130 ms instead of 620 ms), and
     * leaves the server less to write when it stops.
     */
    private static String strategy(Connection admin) throws SQLException {
        return admin.getMetaData().getDatabaseMajorVersion() >= 15 ? " strategy file_copy" : "";
    }

    private void createIfMissing(String database) {
        try (Connection admin = server.connect("postgres"); Statement statement = admin.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + database + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("create database " + database + strategy(admin));
            }
        } catch (SQLException e) {
            // Several services start at once and may race to create the same database; the loser is fine.
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Could not create database '" + database + "' on "
                        + describe() + ": " + e.getMessage(), e);
            }
        }
    }
}
