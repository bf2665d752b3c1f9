package workshop.cli.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child left running (a service of the shop, the Zipkin server), with its output in a log file of its own so
 * the terminal stays readable and every process's story can still be read. {@link Program#start} starts one.
 */
public final class ChildProcess {

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

    /** Stops them all at once ({@link Children#stop}): one grace period for all of them, then the rest is killed. */
    public static void stopAll(List<ChildProcess> children) {
        Children.stop(children.stream().map(child -> child.process.toHandle()).toList());
    }

    public void stop() {
        stopAll(List.of(this));
    }
}
