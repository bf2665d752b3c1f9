package workshop.cli.start;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import workshop.cli.process.ChildProcess;

/**
 * Everything {@code start} started, stopped exactly once: on Ctrl-C (from a shutdown hook), after a failure, or at
 * the end of {@code --demo-only}. The services stop all at once, so their graceful shutdowns overlap; then the rest
 * (the trace UI) in reverse order. Something added after the stop (Ctrl-C while the services were being launched)
 * is stopped at once, so nothing is left behind.
 */
final class Cleanup {

    private final List<ChildProcess> services = new ArrayList<>();
    private final Deque<AutoCloseable> others = new ArrayDeque<>();
    private boolean stopped;

    void addService(ChildProcess service) {
        synchronized (this) {
            if (!stopped) {
                services.add(service);
                return;
            }
        }
        service.stop();
    }

    void add(AutoCloseable other) {
        synchronized (this) {
            if (!stopped) {
                others.push(other);
                return;
            }
        }
        close(other);
    }

    synchronized void stopAll() {
        stopped = true;
        ChildProcess.stopAll(services);
        services.clear();
        while (!others.isEmpty()) {
            close(others.pop());
        }
    }

    /** Stops everything when the JVM ends, Ctrl-C included, and says so when there is something to stop. */
    Cleanup onShutdown(PrintStream out) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (hasSomethingToStop()) {
                out.println("Stopping everything start started...");
            }
            stopAll();
        }, "workshop-start-cleanup"));
        return this;
    }

    private synchronized boolean hasSomethingToStop() {
        return !services.isEmpty() || !others.isEmpty();
    }

    private static void close(AutoCloseable stop) {
        try {
            stop.close();
        } catch (Exception e) {
            // One thing failing to stop must not keep the others running.
            System.err.println("could not stop everything: " + e.getMessage());
        }
    }
}
