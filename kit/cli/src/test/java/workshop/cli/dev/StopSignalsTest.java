package workshop.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import workshop.cli.Io;
import workshop.cli.TestRepo;

/**
 * The ways a process manager, an IDE or a closed terminal stop {@code ./workshop}: a signal to the launcher's process,
 * not the Ctrl-C that signals the terminal's whole process group. After each, nothing the command started runs on,
 * and no database folder is left: not by {@code start 03} (the shop, the trace UI, PostgreSQL), nor by a {@code check}
 * (Maven or the test JVM, and the test JVM's PostgreSQL). Step 03 is the real one, in a copy of this repository, with
 * the launcher of this repository running this build of the CLI.
 */
@EnabledOnOs(value = OS.LINUX, disabledReason = "starts ./workshop through env --default-signal, as on Linux")
class StopSignalsTest {

    /** The JDK 25 this machine may have beside the default one; its cases are skipped where it is missing. */
    private static final Path JDK_25 = Path.of(System.getenv().getOrDefault("WORKSHOP_JDK_25",
            "/usr/lib/jvm/temurin-25-jdk-amd64"));

    private static TempCopy copy;

    @BeforeAll
    static void copyOfTheRepositoryWithThisKit() throws IOException {
        copy = TempCopy.of(TestRepo.workshopRoot());
        // The launcher runs the CLI from kit/cli/target: this test's own classpath holds this build of it.
        Path target = Files.createDirectories(copy.dir().resolve("kit/cli/target/classes"));
        Files.writeString(target.resolveSibling("launcher-classpath.txt"), System.getProperty("java.class.path"));
    }

    @AfterAll
    static void deleteTheCopy() {
        copy.close();
    }

    @ParameterizedTest(name = "SIG{0} to ./workshop start 03 on JDK {1} leaves nothing behind")
    @CsvSource({"TERM, 17", "HUP, 17", "INT, 17", "TERM, 25"})
    void start(String signal, int jdk) throws Exception {
        Launched start = launch(jdk, "start", "03");
        start.awaitOutput("Ctrl-C stops everything", Duration.ofMinutes(5));

        start.signalAndAwaitNothingLeft(signal);
    }

    @ParameterizedTest(name = "SIG{0} to ./workshop check 03.5 on JDK {1} leaves nothing behind")
    @CsvSource({"TERM, 17", "HUP, 17", "INT, 17", "TERM, 25"})
    void check(String signal, int jdk) throws Exception {
        Launched check = launch(jdk, "check", "03.5");
        check.awaitDescendant(process -> process.info().commandLine().orElse("").contains("surefire")
                || process.info().commandLine().orElse("").contains("test-jvm.args"), Duration.ofMinutes(5));
        // Into the tests, with their database up.
        check.awaitDatabase(Duration.ofMinutes(1));

        check.signalAndAwaitNothingLeft(signal);
    }

    private static Launched launch(int jdk, String... arguments) throws IOException {
        // As a terminal starts it. A shell without job control starts its background commands with SIGINT ignored,
        // and so may whatever runs these tests; a JVM started so cannot handle SIGINT at all.
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                copy.dir().resolve("workshop").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(copy.dir().toFile()).redirectErrorStream(true);
        Path output = Files.createTempFile(copy.dir(), "launcher-", ".log");
        builder.redirectOutput(output.toFile());
        if (jdk == 25) {
            assumeTrue(Files.isExecutable(JDK_25.resolve("bin/java")), "no JDK 25 at " + JDK_25);
            builder.environment().put("JAVA_HOME", JDK_25.toString());
        }
        return new Launched(builder.start(), output);
    }

    /** A running {@code ./workshop}, and what it started that this test can see. */
    private record Launched(Process launcher, Path output) {

        void awaitOutput(String text, Duration timeout) {
            try {
                await(() -> Io.unchecked(() -> Files.readString(output)).contains(text), timeout,
                        () -> "./workshop never printed '" + text + "'; it printed:\n"
                                + Io.unchecked(() -> Files.readString(output)));
            } catch (AssertionError notStarted) {
                kill(launcher.descendants().toList());
                throw notStarted;
            }
        }

        void awaitDescendant(Predicate<ProcessHandle> which, Duration timeout) {
            await(() -> launcher.descendants().anyMatch(which), timeout, () -> "./workshop never started that process");
        }

        void awaitDatabase(Duration timeout) {
            await(() -> !databases().isEmpty(), timeout, () -> "no test JVM started its database");
        }

        /**
         * Signals the launcher's process alone, then waits for it to end and for everything it started to end with
         * it: its descendants, and the PostgreSQL servers (daemons of their own) whose folders it made.
         */
        void signalAndAwaitNothingLeft(String signal) throws Exception {
            List<ProcessHandle> started = Stream.concat(launcher.descendants(),
                    databases().stream().map(Launched::postmaster).flatMap(Optional::stream)).toList();
            List<Path> folders = databases();
            assertThat(started).as("what ./workshop started").isNotEmpty();

            assertThat(new ProcessBuilder("kill", "-s", signal, Long.toString(launcher.pid())).start().waitFor())
                    .isZero();

            try {
                await(() -> !launcher.isAlive() && started.stream().noneMatch(ProcessHandle::isAlive),
                        Duration.ofSeconds(60), () -> "still running after SIG" + signal + ": " + started.stream()
                                .filter(ProcessHandle::isAlive)
                                .map(process -> process.pid() + " " + process.info().commandLine().orElse("?"))
                                .toList()
                                + "\n" + Io.unchecked(() -> Files.readString(output)));
            } finally {
                kill(started);
            }
            assertThat(folders).as("database folders left after SIG" + signal).noneMatch(Files::exists);
        }

        /** What a case failed to stop must not take the ports of the next one. */
        private void kill(List<ProcessHandle> started) {
            started.forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
        }

        /** The database folders of the launcher and its descendants: {@code workshop-postgres/run-<pid>-<uuid>}. */
        private List<Path> databases() {
            List<Long> pids = Stream.concat(Stream.of(launcher.pid()), launcher.descendants().map(ProcessHandle::pid))
                    .toList();
            return Stream.of(Path.of("/dev/shm/workshop-postgres"),
                            Path.of(System.getProperty("java.io.tmpdir"), "workshop-postgres"))
                    .filter(Files::isDirectory)
                    .flatMap(root -> Io.list(root).stream())
                    .filter(folder -> pids.stream().anyMatch(pid -> folder.getFileName().toString()
                            .startsWith("run-" + pid + "-")))
                    .toList();
        }

        private static Optional<ProcessHandle> postmaster(Path folder) {
            Path pidFile = folder.resolve("postmaster.pid");
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            return Io.unchecked(() -> Files.readAllLines(pidFile)).stream().findFirst()
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid.strip())));
        }

        private static void await(BooleanSupplier condition, Duration timeout, Supplier<String> failure) {
            Instant deadline = Instant.now().plus(timeout);
            while (!condition.getAsBoolean()) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(failure.get());
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
    }
}
