package workshop.cli.exercise;

import java.util.List;
import java.util.Optional;

import workshop.cli.UsageException;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;

/**
 * What {@code check} and {@code reset} act on: one exercise ({@code 01.2}) or a whole step ({@code 01}).
 */
public record Target(Step step, Optional<Exercise> exercise) {

    public static Target parse(String argument, Workspace workspace) {
        if (argument.matches("\\d{1,2}")) {
            String number = String.format("%02d", Integer.parseInt(argument));
            Step step = workspace.step(number).orElseThrow(() -> UsageException.withoutUsage("there is no step "
                    + number + "; the steps are " + workspace.steps().stream().map(Step::number).toList()));
            return new Target(step, Optional.empty());
        }
        Exercise exercise = Exercise.find(argument, workspace);
        return new Target(exercise.step(), Optional.of(exercise));
    }

    public List<Exercise> exercises() {
        return exercise.map(List::of).orElseGet(() -> Exercise.allOf(step));
    }

    /** The argument as the trainee would type it again. */
    public String label() {
        return exercise.map(e -> e.id().toString()).orElse(step.number());
    }
}
