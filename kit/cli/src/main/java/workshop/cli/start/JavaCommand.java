package workshop.cli.start;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import workshop.cli.process.Program;

/** The {@code java} command line for every JVM {@code start} launches, with flags tuned for a quick demo start. */
public final class JavaCommand {

    /**
     * Quick to start ({@link Program#QUICK_START}), with smaller thread stacks and a small initial heap: eleven JVMs
     * start sooner and take less memory on a laptop. Without {@code -Xms16m} the JVM sizes its first heap from
     * the machine's memory (1/64 of it) and a service fills all of that before its first collection, so each service's
     * resident memory would grow with the laptop's; the heap still grows as far as it needs. Honest, but not
     * production settings: peak throughput is lower.
     */
    static final List<String> DEMO_FLAGS = Stream.concat(Program.QUICK_START.stream(), Stream.of("-Xss512k", "-Xms16m"))
            .toList();

    /** Starts a Spring Boot service from the ahead-of-time code its build generated (see {@link StepBuild}). */
    static final String AHEAD_OF_TIME = "-Dspring.aot.enabled=true";

    private JavaCommand() {
    }

    /** A JVM started in the given folder with these flags first. */
    public static Program of(Path directory, List<String> arguments) {
        return Program.java(directory, Stream.concat(DEMO_FLAGS.stream(), arguments.stream()).toList());
    }
}
