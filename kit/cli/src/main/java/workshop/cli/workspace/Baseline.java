package workshop.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import workshop.cli.Io;

/**
 * The starting state {@code reset} goes back to: the commit that was checked out when the CLI first ran
 * in this clone, kept in {@code .workshop/baseline}. Recording it once means a trainee who commits their
 * own work still resets to the workshop's starting code, not to their last commit. A clone that tracks the
 * workshop's repository resets to the newest commit it shares with it instead: after a {@code git pull}
 * that brought a new step or a fix, that is the starting code, and the trainee's own commits are never in it.
 */
public final class Baseline {

    private final Path file;
    private final Git git;

    public Baseline(Workspace workspace, Git git) {
        this.file = workspace.state("baseline");
        this.git = git;
    }

    public void recordIfMissing() {
        if (Files.exists(file) || !git.available()) {
            return;
        }
        git.head().ifPresent(commit -> Io.unchecked(() -> {
            Files.createDirectories(file.getParent());
            Files.writeString(file, commit + "\n");
        }));
    }

    public Optional<String> commit() {
        Optional<String> shared = git.sharedWithUpstream();
        if (shared.isPresent()) {
            return shared;
        }
        return Files.isRegularFile(file)
                ? Optional.of(Io.unchecked(() -> Files.readString(file)).trim()).filter(c -> !c.isEmpty())
                : Optional.empty();
    }
}
