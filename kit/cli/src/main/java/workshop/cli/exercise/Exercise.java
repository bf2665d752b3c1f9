package workshop.cli.exercise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import workshop.cli.UsageException;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;
import workshop.support.exercise.ExerciseId;

/**
 * One exercise of a step: its README section (title and hints) and the test classes that hold its
 * {@code @Exercise} tests.
 */
public record Exercise(ExerciseId id, Step step, Optional<ExerciseSection> section, List<TestClass> tests) {

    /**
     * The step's exercises in order: every exercise with a README section or an {@code @Exercise} test.
     * Both sources count, so a missing section or a missing test shows up instead of hiding the exercise.
     */
    public static List<Exercise> allOf(Step step) {
        StepReadme readme = StepReadme.read(step.readmeFile());
        Map<ExerciseId, List<TestClass>> tests = ExerciseTests.scan(step);
        TreeSet<ExerciseId> ids = new TreeSet<>(tests.keySet());
        readme.sections().forEach(section -> ids.add(section.id()));
        return ids.stream()
                .filter(id -> id.step().equals(step.number()))
                .map(id -> new Exercise(id, step, readme.section(id), tests.getOrDefault(id, List.of())))
                .toList();
    }

    /**
     * The test classes a run of these exercises' tests takes: theirs, and the public API scenarios
     * ({@code @PublicApiScenarios}) of the modules that hold them, so that a passing check also means the shop works.
     */
    public static List<TestClass> testsToRun(Step step, List<Exercise> exercises) {
        List<TestClass> own = exercises.stream().flatMap(exercise -> exercise.tests().stream()).distinct().toList();
        Set<String> modules = own.stream().map(TestClass::module).collect(Collectors.toSet());
        List<TestClass> scenarios = ExerciseTests.scenarios(step).stream()
                .filter(scenario -> modules.contains(scenario.module()) && !own.contains(scenario)).toList();
        return Stream.concat(own.stream(), scenarios.stream()).toList();
    }

    /**
     * Finds the exercise a trainee named on the command line ({@code 1.2} is read as {@code 01.2}), or says in one line
     * why there is none and which exercises there are nearby.
     */
    public static Exercise find(String argument, Workspace workspace) {
        String typed = argument.matches("\\d\\.\\d+") ? "0" + argument : argument;
        ExerciseId id = ExerciseId.tryParse(typed)
                .orElseThrow(() -> new UsageException("not an exercise id: " + argument + " (expected e.g. 01.2)"));
        Optional<Step> step = workspace.step(id.step());
        List<Exercise> exercises = step.map(Exercise::allOf).orElse(List.of());
        return exercises.stream()
                .filter(exercise -> exercise.id().equals(id))
                .findFirst()
                .orElseThrow(() -> UsageException.withoutUsage("there is no exercise " + id + "; " + (step.isPresent()
                        ? "step " + id.step() + " has " + exercises.stream().map(e -> e.id().toString()).toList()
                        : "the steps are " + workspace.steps().stream().map(Step::number).toList())));
    }

    public String title() {
        return section.map(ExerciseSection::title).orElse("");
    }

    /** {@code 01.1 Follow one request}, the way the README heading names it. */
    public String label() {
        return (id + " " + title()).trim();
    }

    /** The earlier exercises of its step it builds on, as its README section says. */
    public List<ExerciseId> buildsOn() {
        return section.map(ExerciseSection::buildsOn).orElse(List.of());
    }

    /** Its hints, in order, from {@code hints/SS.E.md} beside the step's README; none when there is no such file. */
    public List<Hint> hints() {
        return HintsFile.read(step.hintsFile(id)).hints();
    }

    public Solution solution() {
        return new Solution(step, step.solutionsDir().resolve(id.toString()));
    }

    public List<String> modules() {
        return tests.stream().map(TestClass::module).distinct().toList();
    }
}
