package workshop.support.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A running PostgreSQL server, whoever started it: where it listens and how to log in. A server the workshop
 * started stops with the JVM (embedded) or with Testcontainers' reaper (container).
 *
 * @param baseUrl JDBC URL without a database, e.g. {@code jdbc:postgresql://localhost:54321/}
 */
record PostgresServer(String baseUrl, String user, String password, String description) {

    String jdbcUrl(String database) {
        return baseUrl + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    /** Turns {@code jdbc:postgresql://host:5432/anything?x=y} into {@code jdbc:postgresql://host:5432/}. */
    static String baseUrlOf(String jdbcUrl) {
        String prefix = "jdbc:postgresql://";
        if (!jdbcUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("WORKSHOP_DB_URL must start with " + prefix + ", got " + jdbcUrl);
        }
        int slash = jdbcUrl.indexOf('/', prefix.length());
        return (slash < 0 ? jdbcUrl : jdbcUrl.substring(0, slash)) + "/";
    }
}
