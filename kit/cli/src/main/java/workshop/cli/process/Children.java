package workshop.cli.process;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import workshop.cli.Io;
import workshop.support.database.WorkshopDatabase;

/**
 * Every child process the CLI started that still runs, stopped when the CLI's JVM ends. A signal to the CLI (SIGTERM
 * from {@code timeout}, an IDE's stop button or a process manager, SIGHUP when its terminal closes, SIGINT) ends the
 * JVM through its shutdown hooks, and this one stops what the CLI started and what those started in turn, so nothing
 * is left running: not Maven, its test JVMs and their databases, not a test JVM, not the shop.
 */
public final class Children {

    /** A Spring Boot service or a test JVM ends within a few seconds of SIGTERM, its database with it. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

    /** Once the JVM ends, the CLI's main thread may still be running: it must start nothing new. */
    private static volatile boolean stopping;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Children::stopAll, "workshop-stop-children"));
    }

    private Children() {
    }

    /**
     * A throw-away folder the children work in, such as a copy of the repository: deleted once they are stopped, should
     * the JVM end before its owner deletes it ({@link #forget} then).
     */
    public static void deleteWhenStopped(Path folder) {
        refuseWhileStopping();
        FOLDERS.add(folder);
    }

    public static void forget(Path folder) {
        FOLDERS.remove(folder);
    }

    static Process track(Process process) {
        if (stopping) {
            process.destroyForcibly();
            refuseWhileStopping();
        }
        RUNNING.add(process);
        process.onExit().thenRun(() -> RUNNING.remove(process));
        return process;
    }

    /**
     * The children's descendants first, then the children ({@link #stop}). Innermost first, because a test JVM forked
     * by Maven stops its database and deletes its folder in its shutdown hooks only when it gets the signal itself:
     * when Maven ends first, Surefire's fork halts without them.
     */
    private static void stopAll() {
        stopping = true;
        List<Process> children = List.copyOf(RUNNING);
        stop(children.stream().flatMap(Process::descendants).toList());
        stop(children.stream().map(Process::toHandle).toList());
        // A test JVM or a shop that had to be killed could not stop its embedded PostgreSQL.
        WorkshopDatabase.removeLeftovers();
        FOLDERS.forEach(Io::deleteTree);
    }

    private static void refuseWhileStopping() {
        if (stopping) {
            throw new IllegalStateException("the workshop command is stopping");
        }
    }

    /**
     * Stops them all at once, so their graceful shutdowns overlap: SIGTERM to each, one grace period for all of them,
     * then whatever still runs is killed, with what it started.
     */
    static void stop(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(GRACE);
        processes.forEach(process -> awaitEnd(process, deadline));
        List<ProcessHandle> left = processes.stream().filter(ProcessHandle::isAlive).toList();
        left.forEach(process -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        });
        Instant killed = Instant.now().plus(GRACE);
        left.forEach(process -> awaitEnd(process, killed));
    }

    private static void awaitEnd(ProcessHandle process, Instant deadline) {
        try {
            long left = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
            process.onExit().get(left, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException notInTime) {
            // killed by the caller
        }
    }
}
