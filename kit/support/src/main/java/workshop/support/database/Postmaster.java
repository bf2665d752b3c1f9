package workshop.support.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import workshop.support.OperatingSystem;

/**
 * The embedded server's main process, stopped the quickest way. Its data directory is deleted right after, so the
 * checkpoint of {@code pg_ctl}'s fast shutdown writes files nobody reads: an immediate shutdown (SIGQUIT) takes about
 * 0.1 s instead of 0.2 to 0.3 s, at the end of every test JVM. PostgreSQL still stops its own processes and frees its
 * shared memory. Windows has no SIGQUIT; there, and whenever this does not work out, the caller stops the server with
 * {@code pg_ctl}.
 */
final class Postmaster {

    private static final long STOP_TIMEOUT_SECONDS = 10;

    private static final long POLL_MILLIS = 5;

    private static final String PID_FILE = "postmaster.pid";

    private Postmaster() {
    }

    /** Whether the server of this data directory was stopped; false leaves it to {@code pg_ctl}. */
    static boolean stopImmediately(Path dataDirectory) {
        if (OperatingSystem.isWindows()) {
            return false;
        }
        Optional<Long> postmaster = pid(dataDirectory).filter(Postmaster::isPostgres);
        if (postmaster.isEmpty()) {
            return false;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster.get()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor() != 0) {
                return false;
            }
            return awaitExit(dataDirectory.resolve(PID_FILE));
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Waits for the server to remove its pid file, its last act, as {@code pg_ctl} does. Not {@link ProcessHandle#onExit()}:
     * the server is not this JVM's child, so that would poll every 300 ms or slower, and would wait for whichever
     * process adopted the server to reap it.
     */
    private static boolean awaitExit(Path pidFile) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_TIMEOUT_SECONDS);
        while (Files.exists(pidFile)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }

    /** A server killed without a chance to remove its pid file leaves a number that another process may have now. */
    private static boolean isPostgres(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().command())
                .map(command -> command.contains("postgres"))
                .orElse(false);
    }

    /** The first line of {@code postmaster.pid}, which the server writes while it runs. */
    private static Optional<Long> pid(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(PID_FILE));
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
