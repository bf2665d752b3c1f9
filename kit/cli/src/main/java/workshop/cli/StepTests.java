package workshop.cli;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import workshop.cli.process.Maven;

/**
 * Runs a step's tests through Maven and reads what they left in the results files. Test failures never
 * stop the build ({@code -Dmaven.test.failure.ignore}), so every selected module reports; a non-zero
 * exit code therefore means the build itself broke, most often a compile error.
 */
final class StepTests {

    /**
     * The test JVM gets {@link TestJvm#FLAGS}, unless a step configures its own {@code argLine}. Plugins a test run
     * does not need are skipped, should a step's pom bind them.
     */
    private static final List<String> FAST_TESTS = List.of("-DargLine=" + String.join(" ", TestJvm.FLAGS),
            "-Djacoco.skip=true", "-Dmaven.javadoc.skip=true");

    /** What {@link DirectCheck} needs from a build: the root pom's two executions of the dependency plugin. */
    private static final List<String> CLASSPATHS = List.of("dependency:build-classpath@workshop-compile-classpath",
            "dependency:build-classpath@workshop-test-classpath");

    private final Maven maven;

    StepTests(Maven maven) {
        this.maven = maven;
    }

    record Outcome(Maven.Run run, Results results) {
    }

    /** Every test of the step. */
    Outcome all(Step step, Path log) {
        Results.deleteStep(step.dir());
        return run(step, log, List.of(), List.of());
    }

    /**
     * Only the given exercises' tests: only their modules (and what those depend on), only the classes
     * holding them, and within those only the tests of {@code selector}, which kit-support's JUnit filter
     * reads from {@code workshop.exercises} (an exercise id like {@code 01.2} or a step like {@code 01}).
     */
    Outcome exercises(Step step, List<Exercise> exercises, String selector, Path log) {
        Results.delete(step.dir(), modules(exercises));
        return run(step, log, selection(exercises, selector), List.of());
    }

    /**
     * What {@code check} runs: the exercises' tests, without Maven when {@link DirectCheck} can; otherwise with Maven,
     * which then leaves what the next check needs to do without it.
     */
    Outcome check(Step step, List<Exercise> exercises, String selector, Path log, Consumer<String> progress) {
        List<String> modules = modules(exercises);
        Results.delete(step.dir(), modules);
        Optional<DirectCheck> direct = DirectCheck.plan(maven.root(), step, modules);
        if (direct.isPresent()) {
            List<TestClass> tests = exercises.stream().flatMap(exercise -> exercise.tests().stream()).toList();
            return new Outcome(direct.get().run(tests, selector, log, progress), Results.readStep(step.dir()));
        }
        Map<StepModule, ModuleInputs> before = DirectCheck.inputs(maven.root(), step);
        FileTime started = FileTime.from(Instant.now().minusSeconds(1));
        Outcome outcome = run(step, log, selection(exercises, selector), CLASSPATHS);
        if (outcome.run().succeeded()) {
            DirectCheck.remember(before, started);
        }
        return outcome;
    }

    private static List<String> modules(List<Exercise> exercises) {
        return exercises.stream().flatMap(e -> e.modules().stream()).distinct().toList();
    }

    private static List<String> selection(List<Exercise> exercises, String selector) {
        List<String> arguments = new ArrayList<>();
        List<String> modules = modules(exercises);
        if (!modules.contains("")) {
            arguments.addAll(List.of("-pl", String.join(",", modules), "-am"));
        }
        List<String> classes = exercises.stream().flatMap(e -> e.testClassNames().stream()).distinct().toList();
        arguments.add("-Dtest=" + String.join(",", classes));
        arguments.add("-Dsurefire.failIfNoSpecifiedTests=false");
        arguments.add("-Dworkshop.exercises=" + selector);
        return arguments;
    }

    private Outcome run(Step step, Path log, List<String> selection, List<String> afterTests) {
        List<String> arguments = new ArrayList<>(List.of("-B", "-q", "-f", step.pom().toString()));
        arguments.addAll(selection);
        arguments.add("-Dmaven.test.failure.ignore=true");
        arguments.addAll(FAST_TESTS);
        arguments.add("test");
        arguments.addAll(afterTests);
        Maven.Run run = maven.run(log, arguments);
        return new Outcome(run, Results.readStep(step.dir()));
    }
}
