package workshop.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.postgresql.PostgreSQLContainer;

import workshop.support.database.DatabaseChoice.WorkshopSettings;

/** Starts, or finds, the PostgreSQL server for a {@link DatabaseChoice}. */
final class PostgresServers {

    private PostgresServers() {
    }

    static PostgresServer start(DatabaseChoice choice, WorkshopSettings settings) {
        return switch (choice) {
            case EMBEDDED -> embedded();
            case TESTCONTAINERS -> container();
            case EXISTING -> new PostgresServer(PostgresServer.baseUrlOf(settings.databaseUrl()),
                    settings.user(), settings.password(), "existing PostgreSQL at " + settings.databaseUrl(), () -> {
                    });
        };
    }

    private static PostgresServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // Eleven services with small pools each, plus Flyway, stay well below this.
                    .setServerConfig("max_connections", "300")
                    .setRegisterShutdownHook(true)
                    .start();
            return new PostgresServer("jdbc:postgresql://localhost:" + postgres.getPort() + "/",
                    "postgres", "postgres", "embedded PostgreSQL on port " + postgres.getPort(), postgres::close);
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private static PostgresServer container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine")
                .withCommand("postgres", "-c", "max_connections=300");
        container.start();
        return new PostgresServer(PostgresServer.baseUrlOf(container.getJdbcUrl()),
                container.getUsername(), container.getPassword(),
                "PostgreSQL container " + container.getDockerImageName() + " on port " + container.getFirstMappedPort(),
                container::stop);
    }
}
