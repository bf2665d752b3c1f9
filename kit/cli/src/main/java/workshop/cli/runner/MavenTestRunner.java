package workshop.cli.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Results;
import workshop.cli.exercise.TestClass;
import workshop.cli.process.Maven;
import workshop.cli.process.Program;
import workshop.cli.workspace.Step;

/**
 * Runs a step's tests through Maven. Test failures never stop the build ({@code -Dmaven.test.failure.ignore}), so
 * every selected module reports; a non-zero exit code therefore means the build itself broke, most often a compile
 * error. {@code verify} always runs the tests this way.
 */
public record MavenTestRunner(Maven maven) implements TestRunner {

    /** Plugins a test run does not need are skipped, should a step's pom bind them. */
    private static final List<String> FAST_TESTS = List.of("-Djacoco.skip=true", "-Dmaven.javadoc.skip=true");

    /** Every test of the step. */
    public TestRun runAll(Step step, Path log) {
        Results.deleteStep(step);
        return build(step, log, List.of(), List.of(), List.of());
    }

    @Override
    public TestRun run(Step step, List<Exercise> exercises, String selector, Path log) {
        return run(step, exercises, selector, log, List.of(), List.of());
    }

    /** The exercises' tests in test JVMs with these flags too, and after them the given goals in the same build. */
    TestRun run(Step step, List<Exercise> exercises, String selector, Path log, List<String> testJvmFlags,
            List<String> afterTests) {
        Results.delete(step, modules(exercises));
        return build(step, log, selection(step, exercises, selector), testJvmFlags, afterTests);
    }

    /** The modules, as step-relative paths, that hold the exercises' tests. */
    static List<String> modules(List<Exercise> exercises) {
        return exercises.stream().flatMap(e -> e.modules().stream()).distinct().toList();
    }

    private static List<String> selection(Step step, List<Exercise> exercises, String selector) {
        List<String> arguments = new ArrayList<>();
        List<String> modules = modules(exercises);
        if (!modules.contains("")) {
            arguments.addAll(List.of("-pl", String.join(",", modules), "-am"));
        }
        List<String> classes = Exercise.testsToRun(step, exercises).stream().map(TestClass::name).distinct().toList();
        arguments.add("-Dtest=" + String.join(",", classes));
        arguments.add("-Dsurefire.failIfNoSpecifiedTests=false");
        arguments.add("-Dworkshop.exercises=" + selector);
        return arguments;
    }

    /** The test JVM starts quickly ({@link Program#QUICK_START}), unless a step configures its own {@code argLine}. */
    private TestRun build(Step step, Path log, List<String> selection, List<String> testJvmFlags,
            List<String> afterTests) {
        List<String> arguments = new ArrayList<>(List.of("-B", "-q", "-f", step.pom().toString()));
        arguments.addAll(selection);
        arguments.add("-Dmaven.test.failure.ignore=true");
        arguments.add("-DargLine="
                + String.join(" ", Stream.concat(Program.QUICK_START.stream(), testJvmFlags.stream()).toList()));
        arguments.addAll(FAST_TESTS);
        arguments.add("test");
        arguments.addAll(afterTests);
        return new TestRun(maven.run(log, arguments), log, Results.readStep(step));
    }
}
