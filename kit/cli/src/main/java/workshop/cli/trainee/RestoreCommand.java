package workshop.cli.trainee;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.UsageException;
import workshop.cli.workspace.Save;
import workshop.cli.workspace.Saves;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop restore [SAVE]}: puts back the files of the newest save (or the named one) and
 * deletes the files that save says did not exist. The current files are saved first, like any change.
 */
public record RestoreCommand(Workspace workspace, Console console, Saves saves) implements Command {

    private String known() {
        String names = saves.all().stream().map(Save::name).collect(Collectors.joining(", "));
        return names.isEmpty() ? " (there are no saves)" : "; saves: " + names;
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() > 1) {
            throw new UsageException("restore takes at most one save name");
        }
        Optional<Save> chosen = arguments.isEmpty() ? saves.newest() : saves.named(arguments.get(0));
        if (chosen.isEmpty() && arguments.isEmpty()) {
            console.println("There is nothing to restore: solve and reset save your files, and nothing was saved yet.");
            return 1;
        }
        Save save = chosen.orElseThrow(() -> new UsageException("there is no save " + arguments.get(0) + known()));
        Optional<Save> before = saves.saveThenApply("restore", save.name(), save.restoringChanges(workspace.root()));
        if (before.isEmpty()) {
            console.println("Your files already are as in " + save.name() + "; nothing changed.");
            return 0;
        }
        ChangeReport.print(console, workspace, "Restored your files from " + save.name() + ":", before.get());
        return 0;
    }
}
