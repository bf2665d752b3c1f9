package workshop.cli.process;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import workshop.cli.Io;

/**
 * A program the CLI runs as a child process, and the one way it runs one: Maven, git, the test JVMs, the shop's
 * services and the tools asked for a process's memory all start here. A child runs in a working directory, with the
 * CLI's environment and the variables given here, without input; its output and errors go together to a log file, or
 * its output is captured. Whatever still runs when the CLI ends, by a signal too, is stopped then ({@link Children}).
 *
 * @param environment variables set for the child, on top of the CLI's own
 */
public record Program(List<String> command, Path directory, Map<String, String> environment) {

    /**
     * The quick JIT tier and the single-threaded collector, for the JVMs that start, work a little and end (Maven, the
     * test JVMs, the shop's services): there is little time for the optimising compiler to pay off.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    public Program {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    public static Program of(Path directory, List<String> command) {
        return new Program(command, directory, Map.of());
    }

    /** The {@code java} of the JDK that runs this CLI: the Java the trainee checked with {@code doctor}. */
    public static Program java(Path directory, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        return of(directory, command);
    }

    public Program withEnvironment(Map<String, String> variables) {
        return new Program(command, directory, variables);
    }

    /** Runs it to its end with its output in a new log file; returns its exit code. */
    public int run(Path log) {
        return awaitEnd(start(logging(log, false)));
    }

    /** Runs it to its end with its output added to the end of the log file; returns its exit code. */
    public int runAppending(Path log) {
        return awaitEnd(start(logging(log, true)));
    }

    /** Runs it to its end in the CLI's terminal (its input, output and errors); returns its exit code. */
    public int runInTerminal() {
        return awaitEnd(start(builder().inheritIO()));
    }

    /**
     * What it prints when it ends well within the timeout, for tools whose answer is their output (its errors are
     * dropped). Empty when it is not installed, fails, or takes longer; then it is stopped.
     */
    public Optional<byte[]> output(Duration timeout) {
        Process process;
        try {
            process = start(builder().redirectError(ProcessBuilder.Redirect.DISCARD));
        } catch (UncheckedIOException notInstalled) {
            return Optional.empty();
        }
        // Read beside the wait, so a child that fills the pipe cannot block until the timeout.
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> Io.unchecked(() -> {
            try (InputStream in = process.getInputStream()) {
                return in.readAllBytes();
            }
        }));
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 ? Optional.of(output.join()) : Optional.empty();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Starts it and leaves it running, with its output in a new log file. */
    public ChildProcess start(String name, Path log) {
        return new ChildProcess(name, start(logging(log, false)), log);
    }

    private ProcessBuilder builder() {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().putAll(environment);
        return builder;
    }

    private ProcessBuilder logging(Path log, boolean append) {
        Io.unchecked(() -> Files.createDirectories(log.toAbsolutePath().getParent()));
        File file = log.toFile();
        return builder().redirectErrorStream(true)
                .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(file) : ProcessBuilder.Redirect.to(file));
    }

    private Process start(ProcessBuilder builder) {
        try {
            Process process = Children.track(builder.start());
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    private int awaitEnd(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
        }
    }
}
