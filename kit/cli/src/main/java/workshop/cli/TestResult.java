package workshop.cli;

import java.util.Optional;

import workshop.support.exercise.ExerciseId;

/**
 * One line of a {@code target/workshop/results.tsv} written by kit-support's test listener:
 * {@code exerciseId<TAB>outcome<TAB>class#method<TAB>message}, with {@code -} as the id of a scaffolding
 * test and newlines in the message written as the two characters {@code \n}.
 */
record TestResult(Optional<ExerciseId> exercise, Outcome outcome, String test, String message) {

    enum Outcome { PASSED, FAILED, ABORTED, SKIPPED }

    static Optional<TestResult> parse(String line) {
        String[] fields = line.split("\t", 4);
        if (fields.length < 3) {
            return Optional.empty();
        }
        Outcome outcome;
        try {
            outcome = Outcome.valueOf(fields[1].trim());
        } catch (IllegalArgumentException notAnOutcome) {
            return Optional.empty();
        }
        String message = fields.length == 4 ? fields[3].replace("\\n", "\n") : "";
        return Optional.of(new TestResult(ExerciseId.tryParse(fields[0]), outcome, fields[2], message));
    }

    boolean isExercise() {
        return exercise.isPresent();
    }

    boolean belongsTo(ExerciseId id) {
        return exercise.filter(id::equals).isPresent();
    }

    boolean passed() {
        return outcome == Outcome.PASSED;
    }

    /** Failed or aborted: the test ran and did not get through. Skipped tests are neither. */
    boolean failed() {
        return outcome == Outcome.FAILED || outcome == Outcome.ABORTED;
    }
}
