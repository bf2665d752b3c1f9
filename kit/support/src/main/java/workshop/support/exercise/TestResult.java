package workshop.support.exercise;

import java.util.Optional;

/**
 * One finished test, as its module's {@link ResultsFile} keeps it.
 *
 * @param exercise the exercise the test checks; empty for a scaffolding test
 * @param test     {@code class#method}, and for a case of a parameterised test {@code class#method[display name]}
 */
public record TestResult(Optional<ExerciseId> exercise, Outcome outcome, String test, String message) {

    public enum Outcome { PASSED, FAILED, ABORTED, SKIPPED }

    public boolean isExercise() {
        return exercise.isPresent();
    }

    public boolean belongsTo(ExerciseId id) {
        return exercise.filter(id::equals).isPresent();
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** {@code class#method}: the test, or the parameterised test this is one case of. */
    public String method() {
        int caseName = test.indexOf('[');
        return caseName < 0 ? test : test.substring(0, caseName);
    }

    /** Failed or aborted: the test ran and did not get through. Skipped tests are neither. */
    public boolean failed() {
        return outcome == Outcome.FAILED || outcome == Outcome.ABORTED;
    }
}
