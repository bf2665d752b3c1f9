package workshop.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import workshop.cli.Io;

/**
 * One folder under {@code .workshop/saves/}: the trainee's files as they were before a {@code solve},
 * {@code reset} or {@code restore} (at their repository-relative paths), and the manifest that also names
 * the files that did not exist then.
 */
public record Save(String name, Path dir, String command, Instant created, List<String> saved, List<String> absent) {

    /** The changes that bring the repository back to what this save holds. */
    public List<FileChange> restoringChanges(Path root) {
        List<FileChange> changes = new ArrayList<>();
        for (String path : saved) {
            byte[] content = Io.unchecked(() -> Files.readAllBytes(dir.resolve(path)));
            changes.add(FileChange.write(root.resolve(path), content));
        }
        absent.forEach(path -> changes.add(FileChange.delete(root.resolve(path))));
        return changes;
    }
}
