package workshop.cli.start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code java} command line for every JVM {@code start} launches, with flags tuned for a quick demo start. */
final class JavaCommand {

    /**
     * Only the quick JIT tier, the single-threaded collector and smaller thread stacks: eleven JVMs start sooner and
     * take less memory on a laptop. Honest, but not production settings: peak throughput is lower.
     */
    static final List<String> DEMO_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k");

    private JavaCommand() {
    }

    /** The same JDK that runs the CLI, so the services run on the Java the trainee checked with doctor. */
    static List<String> of(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(DEMO_FLAGS);
        command.addAll(arguments);
        return command;
    }

    static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase().startsWith("windows");
    }
}
