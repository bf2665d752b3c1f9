package workshop.cli.trainee;

import java.util.List;
import java.util.Optional;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Solution;
import workshop.cli.workspace.Save;
import workshop.cli.workspace.Saves;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop solve SS.E}: copies the exercise's solution over the step folder, so a trainee who
 * is stuck or late can move on. Their own files are saved first.
 */
public record SolveCommand(Workspace workspace, Console console, Saves saves) implements Command {

    @Override
    public int run(List<String> arguments) {
        String argument = Command.onlyArgument(arguments, "solve needs one exercise, e.g. ./workshop solve 01.2");
        Exercise exercise = Exercise.find(argument, workspace);
        Solution solution = exercise.solution();
        if (!solution.exists()) {
            console.println(console.failed(exercise.id() + " has no solution folder " + workspace.relative(solution.dir())));
            return 1;
        }
        Optional<Save> save = saves.saveThenApply("solve", exercise.id().toString(),
                solution.changesFor(exercise.step().dir()));
        if (save.isEmpty()) {
            console.println("Your files already match the solution of " + exercise.label() + "; nothing changed.");
            return 0;
        }
        ChangeReport.print(console, workspace, "Applied the solution of " + exercise.label() + ":", save.get());
        console.println("next: ./workshop check " + exercise.id());
        return 0;
    }
}
