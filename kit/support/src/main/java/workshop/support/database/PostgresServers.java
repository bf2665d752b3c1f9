package workshop.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

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
                    settings.user(), settings.password(), "existing PostgreSQL at " + settings.databaseUrl());
        };
    }

    private static PostgresServer embedded() {
        DataDirectories directories = DataDirectories.onQuickestFileSystem();
        boolean fromTemplate = directories.hasTemplate();
        // The hook is registered before the folder is made, and waits for a start under way to end: a JVM stopped
        // meanwhile (a signal to ./workshop) still stops the server and deletes its folder, instead of leaving a folder
        // it made a moment after the hook ran, or one the start then fills again.
        AtomicReference<Path> folder = new AtomicReference<>();
        AtomicReference<EmbeddedPostgres> started = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (started) {
                if (folder.get() != null) {
                    stop(started.get(), folder.get());
                }
            }
        }, "embedded-postgres-stop"));
        synchronized (started) {
            Path dataDirectory = directories.fresh();
            folder.set(dataDirectory);
            try {
                if (fromTemplate) {
                    directories.copyTemplateInto(dataDirectory);
                }
                started.set(embedded(dataDirectory, directories));
            } catch (IOException failure) {
                stop(null, dataDirectory);
                folder.set(null);
                if (!fromTemplate) {
                    throw new UncheckedIOException("Embedded PostgreSQL did not start: " + failure.getMessage(), failure);
                }
                // Perhaps a template these binaries refuse (another major version): once more from initdb, which
                // keeps a new template.
                directories.discardTemplate();
                return embedded();
            }
        }
        int port = started.get().getPort();
        return new PostgresServer("jdbc:postgresql://localhost:" + port + "/", "postgres", "postgres",
                "embedded PostgreSQL on port " + port);
    }

    /**
     * Stops the server, when it got as far as starting, and deletes its folder. Also for a start that failed half-way: its
     * server may run already.
     */
    private static void stop(EmbeddedPostgres postgres, Path dataDirectory) {
        try {
            if (!Postmaster.stopImmediately(dataDirectory) && postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataDirectories.delete(dataDirectory);
        }
    }

    /** Runs {@code initdb} only when the directory holds no cluster yet, and keeps the first one as the template. */
    private static EmbeddedPostgres embedded(Path dataDirectory, DataDirectories directories) throws IOException {
        return EmbeddedPostgres.builder()
                // Eleven services with small pools each, plus Flyway, stay well below this.
                .setServerConfig("max_connections", "300")
                // The data directory is deleted when the JVM stops, so durability buys nothing; without it, creating
                // a database and migrating it take a third of the time.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setPgBinaryResolver(new LinuxBinaries())
                .setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(false)
                .setDataDirectoryCustomizer(initialised -> directories.keepAsTemplate(initialised.toPath()))
                .setRegisterShutdownHook(false)
                .start();
    }

    private static PostgresServer container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine")
                .withCommand("postgres", "-c", "max_connections=300");
        container.start();
        return new PostgresServer(PostgresServer.baseUrlOf(container.getJdbcUrl()),
                container.getUsername(), container.getPassword(),
                "PostgreSQL container " + container.getDockerImageName() + " on port " + container.getFirstMappedPort());
    }
}
