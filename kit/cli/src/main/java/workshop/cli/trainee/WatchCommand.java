package workshop.cli.trainee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.Io;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Progress;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop watch [SS.E]}, as rustlings has it: checks the exercise at hand (without an argument, the one
 * {@code next:} names), then again each time a file of its step is saved; when it passes, goes on to the next
 * exercise of the step. Ctrl-C stops it; it runs nothing between checks.
 */
public record WatchCommand(Workspace workspace, Console console, Command check, Duration pause) implements Command {

    @Override
    public int run(List<String> arguments) {
        Optional<Exercise> current = arguments.isEmpty()
                ? new Progress(workspace).next(workspace.steps())
                : Optional.of(Exercise.find(Command.onlyArgument(arguments,
                        "watch takes one exercise, e.g. ./workshop watch 01.2, or none for the one you work on"),
                        workspace));
        while (current.isPresent()) {
            Exercise exercise = current.get();
            List<String> seen = filesOf(exercise.step());
            console.println(console.dim("watch: checking " + exercise.label() + "..."));
            if (check.run(List.of(exercise.id().toString())) == 0) {
                current = new Progress(workspace).next(List.of(exercise.step()));
                continue;
            }
            console.println(console.dim("watch: waiting for a change in " + workspace.relative(exercise.step().dir())
                    + " (Ctrl-C stops watching)"));
            if (!awaitChange(exercise.step(), seen)) {
                return 0;
            }
        }
        console.println("watch: every exercise of the step is done. Well done!");
        return 0;
    }


    /** Returns false when interrupted while waiting. */
    private boolean awaitChange(Step step, List<String> seen) {
        try {
            while (filesOf(step).equals(seen)) {
                Thread.sleep(pause.toMillis());
            }
            return true;
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every source file and pom of the step's modules, with its size and time: what a save changes. */
    private static List<String> filesOf(Step step) {
        return step.modules().stream()
                .flatMap(module -> {
                    Path sources = module.resolve("src");
                    return Files.isDirectory(sources)
                            ? Io.walk(sources).stream()
                            : Stream.<Path>empty();
                })
                .filter(Files::isRegularFile)
                .map(file -> file + ":" + Io.unchecked(() -> Files.size(file)) + ":" + Io.modified(file).toMillis())
                .sorted()
                .toList();
    }
}
