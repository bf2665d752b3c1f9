package workshop.cli.trainee;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Hint;
import workshop.cli.exercise.Progress;
import workshop.cli.workspace.PropertiesFile;
import workshop.cli.workspace.Workspace;
import workshop.support.exercise.ExerciseId;

/**
 * {@code ./workshop hint [SS.E]}: reveals the exercise's hints one level at a time (without an argument, of the
 * exercise the trainee works on: the next one of their step), from its hints file ({@code hints/SS.E.md} beside the
 * step's README), and remembers how far the trainee has got.
 */
public record HintCommand(Workspace workspace, Console console) implements Command {

    @Override
    public int run(List<String> arguments) {
        if (arguments.isEmpty()) {
            Optional<Exercise> next = new Progress(workspace).next(workspace.steps());
            if (next.isEmpty()) {
                console.println("All exercises are done: no hint needed. Well done!");
                return 0;
            }
            return hint(next.get());
        }
        return hint(Exercise.find(Command.onlyArgument(arguments, "hint takes one exercise, e.g. ./workshop hint 01.2,"
                + " or none for the one you work on"), workspace));
    }

    private int hint(Exercise exercise) {
        ExerciseId id = exercise.id();
        List<Hint> hints = exercise.hints();
        PropertiesFile levels = PropertiesFile.load(workspace.state("hints.properties"));
        int revealed = Integer.parseInt(Objects.requireNonNullElse(levels.get(id.toString()), "0").trim());
        if (revealed >= hints.size()) {
            console.println(hints.isEmpty()
                    ? exercise.label() + " has no hints."
                    : "All " + hints.size() + " hints of " + exercise.label() + " are shown; they stay in "
                            + workspace.relative(exercise.step().hintsFile(id)) + ".");
            console.println("next: compare your code with the solution: ./workshop diff " + id
                    + ", or take it: ./workshop solve " + id);
            return 0;
        }
        Hint hint = hints.get(revealed);
        levels.put(id.toString(), Integer.toString(hint.level()));
        levels.store("hint levels revealed by ./workshop hint");
        console.println(console.bold("Hint " + hint.level() + " of " + hints.size() + ": " + hint.title())
                + console.dim("  (" + exercise.label() + ")"));
        console.println();
        console.println(hint.body());
        console.println();
        console.println(hint.level() < hints.size()
                ? "next: ./workshop check " + id + "   (still stuck? ./workshop hint " + id + " for hint "
                        + (hint.level() + 1) + ")"
                : "That was the last hint. next: ./workshop check " + id + "   (or compare: ./workshop diff " + id
                        + ", take the solution: ./workshop solve " + id + ")");
        return 0;
    }
}
