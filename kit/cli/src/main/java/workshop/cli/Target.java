package workshop.cli;

import java.util.List;
import java.util.Optional;

/**
 * What {@code check} and {@code reset} act on: one exercise ({@code 01.2}) or a whole step ({@code 01}).
 */
record Target(Step step, Optional<Exercise> exercise) {

    static Target parse(String argument, Workspace workspace) {
        if (argument.matches("\\d{2}")) {
            Step step = workspace.step(argument)
                    .orElseThrow(() -> new UsageException("there is no step " + argument));
            return new Target(step, Optional.empty());
        }
        return forExercise(Exercise.find(argument, workspace));
    }

    static Target forExercise(Exercise exercise) {
        return new Target(exercise.step(), Optional.of(exercise));
    }

    List<Exercise> exercises() {
        return exercise.map(List::of).orElseGet(step::exercises);
    }

    /** The argument as the trainee would type it again. */
    String label() {
        return exercise.map(e -> e.id().toString()).orElse(step.number());
    }
}
