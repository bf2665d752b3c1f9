package workshop.support.database;

import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class DataDirectoriesTest {

    @TempDir
    Path root;

    @Test
    void theFirstInitialisedClusterBecomesTheTemplateThatLaterJvmsCopy() throws Exception {
        DataDirectories directories = new DataDirectories(root);
        Path first = directories.fresh();
        Files.writeString(first.resolve("postgresql.conf"), "first");
        Files.createDirectories(first.resolve("base/1"));
        Files.writeString(first.resolve("base/1/112"), "catalog page");

        directories.keepAsTemplate(first);
        Path copy = copyOfTemplate(directories);

        assertThat(copy).isNotEqualTo(first);
        assertThat(copy.resolve("postgresql.conf")).hasContent("first");
        assertThat(copy.resolve("base/1/112")).hasContent("catalog page");
    }

    @Test
    void aSecondClusterDoesNotReplaceTheTemplate() throws Exception {
        DataDirectories directories = withTemplate("first");
        Path second = directories.fresh();
        Files.writeString(second.resolve("postgresql.conf"), "second");

        directories.keepAsTemplate(second);

        assertThat(copyOfTemplate(directories).resolve("postgresql.conf")).hasContent("first");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aCopyIsReadableByItsOwnerOnlyAsPostgresqlRequires() throws Exception {
        DataDirectories directories = new DataDirectories(root);
        Path initialised = directories.fresh();
        Files.setPosixFilePermissions(initialised, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(initialised.resolve("postgresql.conf"), "");
        directories.keepAsTemplate(initialised);

        Path copy = copyOfTemplate(directories);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rwx------");
    }

    @Test
    void directoriesOfJvmsThatEndedAreDeletedAndThoseOfRunningOnesKept() throws Exception {
        Path ofAnEndedJvm = Files.createDirectories(root.resolve("run-" + endedProcess() + "-x"));
        Path ofThisJvm = Files.createDirectories(root.resolve("run-" + ProcessHandle.current().pid() + "-y"));

        new DataDirectories(root).fresh();

        assertThat(ofAnEndedJvm).doesNotExist();
        assertThat(ofThisJvm).exists();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows has no SIGQUIT; the next JVM's pg_ctl finds the server")
    void theServerOfAJvmThatWasKilledIsStoppedWithItsFolder() throws Exception {
        Path ofAKilledJvm = Files.createDirectories(root.resolve("run-" + endedProcess() + "-z"));
        EmbeddedPostgres leftover = EmbeddedPostgres.builder()
                .setPgBinaryResolver(new LinuxBinaries())
                .setDataDirectory(ofAKilledJvm.toFile())
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .start();
        int port = leftover.getPort();
        long server = Long.parseLong(Files.readAllLines(ofAKilledJvm.resolve("postmaster.pid")).get(0).strip());
        try {
            new DataDirectories(root).deleteLeftovers();

            assertThat(ofAKilledJvm).doesNotExist();
            assertThatExceptionOfType(ConnectException.class).as("the leftover server still listens")
                    .isThrownBy(() -> new Socket("localhost", port).close());
        } finally {
            // A server this test failed to stop must not outlive it.
            ProcessHandle.of(server).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void aDiscardedTemplateIsNoLongerThere() throws Exception {
        DataDirectories directories = withTemplate("");

        directories.discardTemplate();

        assertThat(directories.hasTemplate()).isFalse();
    }

    private DataDirectories withTemplate(String configuration) throws Exception {
        DataDirectories directories = new DataDirectories(root);
        Path initialised = directories.fresh();
        Files.writeString(initialised.resolve("postgresql.conf"), configuration);
        directories.keepAsTemplate(initialised);
        return directories;
    }

    private static long endedProcess() throws Exception {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }

    @Test
    void theDataGoesToTheMemoryFileSystemWhenThereIsOne() throws Exception {
        assumeTrue(Files.getFileStore(root).getUsableSpace() >= 1024L * 1024 * 1024, "a gigabyte free for the test");
        assertThat(DataDirectories.quickestFolder(root)).isEqualTo(root);
    }

    @Test
    void withoutAMemoryFileSystemTheDataGoesToTheTemporaryFolder() {
        assertThat(DataDirectories.quickestFolder(root.resolve("no-such-folder")))
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static Path copyOfTemplate(DataDirectories directories) {
        Path copy = directories.fresh();
        directories.copyTemplateInto(copy);
        return copy;
    }
}
