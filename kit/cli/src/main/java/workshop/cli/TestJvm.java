package workshop.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JVM a module's tests run in, with the flags and the classpath Surefire would give it, launched with kit-support's
 * {@code RunTests}. The arguments go through an argument file: a step's classpath is longer than Windows allows on a
 * command line.
 */
final class TestJvm {

    /**
     * The workshop's tests start many short-lived Spring contexts, which the quick JIT tier and the serial collector
     * start about twice as fast (11 contexts: 7.7 s down to 3.7 s on two cores).
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final String RUNNER = "workshop.support.exercise.RunTests";

    private TestJvm() {
    }

    /** Runs the test classes in the module's folder, as Surefire does, with the output appended to the log. */
    static int run(StepModule module, List<String> testClasses, String selector, Path log) {
        List<String> arguments = new ArrayList<>(FLAGS);
        arguments.add("-Dworkshop.exercises=" + selector);
        arguments.add("-classpath");
        arguments.add(Stream.concat(Stream.of(module.testClasses(), module.classes()), module.testClasspath().stream())
                .map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        arguments.add(RUNNER);
        arguments.addAll(testClasses);
        Path argumentFile = module.dir().resolve("target/workshop/test-jvm.args");
        try {
            Files.write(argumentFile, arguments.stream().map(TestJvm::quoted).toList(), StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "@" + argumentFile)
                    .directory(module.dir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            process.getOutputStream().close();
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the tests of " + module.dir(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the tests ran", e);
        }
    }

    /** An argument file's quoting: in double quotes, with backslashes and quotes escaped. */
    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
