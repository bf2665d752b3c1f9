package workshop.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a step's tests through Maven and reads what they left in the results files. Test failures never
 * stop the build ({@code -Dmaven.test.failure.ignore}), so every selected module reports; a non-zero
 * exit code therefore means the build itself broke, most often a compile error.
 */
final class StepTests {

    /**
     * Speed for the test JVM and the build: the workshop's tests start many short-lived Spring contexts,
     * which the quick JIT tier and the serial collector start about twice as fast (11 contexts: 7.7 s
     * down to 3.7 s on two cores). A step that configures its own {@code argLine} keeps it. Plugins a test
     * run does not need are skipped, should a step's pom bind them.
     */
    private static final List<String> FAST_TESTS = List.of(
            "-DargLine=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC", "-Djacoco.skip=true", "-Dmaven.javadoc.skip=true");

    private final Maven maven;

    StepTests(Maven maven) {
        this.maven = maven;
    }

    record Outcome(Maven.Run run, Results results) {
    }

    /** Every test of the step. */
    Outcome all(Step step, Path log) {
        Results.deleteStep(step.dir());
        return run(step, log, List.of());
    }

    /**
     * Only the given exercises' tests: only their modules (and what those depend on), only the classes
     * holding them, and within those only the tests of {@code selector}, which kit-support's JUnit filter
     * reads from {@code workshop.exercises} (an exercise id like {@code 01.2} or a step like {@code 01}).
     */
    Outcome exercises(Step step, List<Exercise> exercises, String selector, Path log) {
        List<String> arguments = new ArrayList<>();
        List<String> modules = exercises.stream().flatMap(e -> e.modules().stream()).distinct().toList();
        if (!modules.contains("")) {
            arguments.addAll(List.of("-pl", String.join(",", modules), "-am"));
        }
        List<String> classes = exercises.stream().flatMap(e -> e.testClassNames().stream()).distinct().toList();
        arguments.add("-Dtest=" + String.join(",", classes));
        arguments.add("-Dsurefire.failIfNoSpecifiedTests=false");
        arguments.add("-Dworkshop.exercises=" + selector);
        Results.delete(step.dir(), modules);
        return run(step, log, arguments);
    }

    private Outcome run(Step step, Path log, List<String> selection) {
        List<String> arguments = new ArrayList<>(List.of("-B", "-q", "-f", step.pom().toString()));
        arguments.addAll(selection);
        arguments.add("-Dmaven.test.failure.ignore=true");
        arguments.addAll(FAST_TESTS);
        arguments.add("test");
        Maven.Run run = maven.run(log, arguments);
        return new Outcome(run, Results.readStep(step.dir()));
    }
}
