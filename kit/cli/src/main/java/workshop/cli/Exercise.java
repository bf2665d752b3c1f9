package workshop.cli;

import java.util.List;
import java.util.Optional;

import workshop.support.exercise.ExerciseId;

/**
 * One exercise of a step: its README section (title and hints) and the test classes that hold its
 * {@code @Exercise} tests.
 */
public record Exercise(ExerciseId id, Step step, Optional<ExerciseSection> section, List<TestClass> tests) {

    /** Finds the exercise a trainee named on the command line, or explains why there is none. */
    static Exercise find(String argument, Workspace workspace) {
        ExerciseId id = ExerciseId.tryParse(argument)
                .orElseThrow(() -> new UsageException("not an exercise id: " + argument + " (expected e.g. 01.2)"));
        return workspace.step(id.step()).stream()
                .flatMap(step -> step.exercises().stream())
                .filter(exercise -> exercise.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new UsageException("there is no exercise " + id + " (see ./workshop status)"));
    }

    String title() {
        return section.map(ExerciseSection::title).orElse("");
    }

    /** {@code 01.1 Follow one request}, the way the README heading names it. */
    String label() {
        return (id + " " + title()).trim();
    }

    Solution solution() {
        return new Solution(step, step.solutionsDir().resolve(id.toString()));
    }

    public List<String> testClassNames() {
        return tests.stream().map(TestClass::name).distinct().toList();
    }

    public List<String> modules() {
        return tests.stream().map(TestClass::module).distinct().toList();
    }
}
