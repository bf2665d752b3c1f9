package workshop.cli.trainee;

import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;

import workshop.cli.Console;
import workshop.cli.workspace.Save;
import workshop.cli.workspace.Workspace;

/** Tells the trainee which files a solve, reset or restore just changed, created or deleted, and how to undo it. */
final class ChangeReport {

    private ChangeReport() {
    }

    static void print(Console console, Workspace workspace, String headline, Save save) {
        console.println(headline);
        Map<String, String> lines = new TreeMap<>();
        save.saved().forEach(path -> lines.put(path,
                Files.exists(workspace.root().resolve(path)) ? "changed " : "deleted "));
        save.absent().forEach(path -> lines.put(path, "created "));
        lines.forEach((path, what) -> console.println("  " + what + path));
        console.println("Your files from before are saved in " + workspace.relative(save.dir())
                + " (undo: ./workshop restore " + save.name() + ")");
    }
}
