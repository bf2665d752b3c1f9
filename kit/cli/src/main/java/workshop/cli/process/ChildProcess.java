package workshop.cli.process;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child left running (a service of the shop, the Zipkin server), with its output in a log file of its own so
 * the terminal stays readable and every process's story can still be read. {@link Program#start} starts one.
 */
public final class ChildProcess {

    /** Spring Boot shuts down gracefully on SIGTERM within a few seconds; after this it is killed. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final Path log;

    ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    /** Waits for a process that ends by itself; true when it ended well in time, else it is stopped. */
    public boolean completes(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue() == 0;
            }
            stop();
            return false;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Stops them all at once, so their graceful shutdowns overlap: one grace period for all of them, then whatever
     * still runs is killed.
     */
    public static void stopAll(List<ChildProcess> children) {
        children.forEach(child -> child.process.destroy());
        Instant deadline = Instant.now().plus(GRACE);
        children.forEach(child -> child.awaitEndOrKill(deadline));
    }

    public void stop() {
        stopAll(List.of(this));
    }

    private void awaitEndOrKill(Instant deadline) {
        try {
            long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
