package workshop.support.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PostmasterTest {

    @TempDir
    Path dataDirectory;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows has no SIGQUIT; pg_ctl stops the server there")
    void anImmediateStopEndsTheServerAndItsConnections() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver(new LinuxBinaries())
                .setDataDirectory(dataDirectory.toFile())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        try {
            assertThat(Postmaster.stopImmediately(dataDirectory)).isTrue();

            assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
            assertThatExceptionOfType(SQLException.class).as("a connection to the stopped server")
                    .isThrownBy(() -> DriverManager.getConnection(url).close());
        } finally {
            // A server this test failed to stop must not outlive it.
            if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
                postgres.close();
            }
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aPidFileNamingAnotherProgramIsNotObeyed() throws Exception {
        Process notPostgres = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(dataDirectory.resolve("postmaster.pid"), notPostgres.pid() + "\n" + dataDirectory + "\n");

            assertThat(Postmaster.stopImmediately(dataDirectory)).isFalse();
            assertThat(notPostgres.isAlive()).as("the program that has the dead server's process number now").isTrue();
        } finally {
            notPostgres.destroy();
        }
    }

    @Test
    void aDirectoryWithoutARunningServerIsLeftToPgCtl() {
        assertThat(Postmaster.stopImmediately(dataDirectory)).isFalse();
    }
}
