package workshop.cli.trainee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Target;
import workshop.cli.workspace.Baseline;
import workshop.cli.workspace.FileChange;
import workshop.cli.workspace.Git;
import workshop.cli.workspace.Save;
import workshop.cli.workspace.Saves;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop reset SS.E|SS}: back to the starting code, for one exercise's files (those its
 * solution touches) or for a whole step. The starting code is read from git at the recorded baseline;
 * files the baseline does not have are deleted, and everything that changes is saved first.
 */
public record ResetCommand(Workspace workspace, Console console, Saves saves, Git git, Baseline baseline)
        implements Command {

    @Override
    public int run(List<String> arguments) {
        String argument = Command.onlyArgument(arguments, "reset needs one exercise or step, e.g. ./workshop reset 01.2");
        Target target = Target.parse(argument, workspace);
        if (!git.available()) {
            console.println(console.failed("reset needs git: the starting code is read from this folder's git history"));
            return 1;
        }
        Optional<String> commit = baseline.commit();
        if (commit.isEmpty()) {
            console.println(console.failed("reset needs the starting commit in .workshop/baseline, and there is none"));
            return 1;
        }
        Optional<Exercise> exercise = target.exercise();
        if (exercise.isPresent() && !exercise.get().solution().exists()) {
            console.println(console.failed(exercise.get().id() + " has no solution folder, so its files are unknown; "
                    + "reset the whole step with ./workshop reset " + target.step().number()));
            return 1;
        }
        if (git.filesAt(commit.get(), target.step().folder()).isEmpty()) {
            console.println(console.failed("the starting commit " + commit.get().substring(0, 7) + " has no "
                    + target.step().folder() + ", so reset would delete all of it; if this folder's HEAD is the"
                    + " workshop's code, delete .workshop/baseline and the next ./workshop records HEAD"));
            return 1;
        }
        List<Path> files = exercise.isPresent()
                ? exercise.get().solution().touchedFiles()
                : stepFiles(target.step(), commit.get());
        List<FileChange> changes = new ArrayList<>();
        for (Path file : files) {
            changes.add(git.show(commit.get(), workspace.relative(file))
                    .map(content -> FileChange.write(file, content))
                    .orElseGet(() -> FileChange.delete(file)));
        }
        Optional<Save> save = saves.saveThenApply("reset", target.label(), changes);
        if (save.isEmpty()) {
            console.println("The files of " + target.label() + " already are the starting code; nothing changed.");
            return 0;
        }
        ChangeReport.print(console, workspace, "Reset " + target.label() + " to the starting code:", save.get());
        return 0;
    }

    /**
     * The step's files then and now, without its solutions: what the baseline has, plus what the trainee
     * added that git does not ignore (build output and IDE files stay as they are).
     */
    private List<Path> stepFiles(Step step, String commit) {
        String folder = step.folder();
        TreeSet<String> paths = new TreeSet<>(git.filesAt(commit, folder));
        paths.addAll(git.workingFiles(folder));
        String solutions = folder + "/solutions/";
        return paths.stream()
                .filter(path -> !path.startsWith(solutions))
                .map(path -> workspace.root().resolve(path))
                .toList();
    }
}
