package workshop.cli.workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import workshop.cli.process.Program;

/**
 * The few git commands {@code reset} needs, run in the repository root. Paths are given and returned
 * relative to that root with forward slashes, as git writes them.
 */
public record Git(Path root) {

    /** Local commands only; a git that takes this long is stuck, not busy. */
    private static final Duration TIMEOUT = Duration.ofMinutes(1);

    /** True when git is installed and the workshop folder is a git work tree. */
    public boolean available() {
        return run("rev-parse", "--is-inside-work-tree").filter(out -> text(out).trim().equals("true")).isPresent();
    }

    public Optional<String> head() {
        return run("rev-parse", "HEAD").map(out -> text(out).trim());
    }

    /**
     * The newest commit that both HEAD and the branch it tracks (what {@code git pull} takes from) have; empty
     * without a tracked branch.
     */
    Optional<String> sharedWithUpstream() {
        return run("merge-base", "HEAD", "@{upstream}").map(out -> text(out).trim()).filter(commit -> !commit.isEmpty());
    }

    /** Every file the commit has under a folder. */
    public List<String> filesAt(String commit, String folder) {
        return lines(run("ls-tree", "-r", "--name-only", commit, "--", folder));
    }

    /** Tracked and untracked files under a folder, without the ones git ignores (build output, IDE files). */
    public List<String> workingFiles(String folder) {
        return lines(run("ls-files", "--cached", "--others", "--exclude-standard", "--", folder));
    }

    /** A file's content at a commit; empty when the commit has no such file. */
    public Optional<byte[]> show(String commit, String path) {
        return run("show", commit + ":./" + path);
    }

    private List<String> lines(Optional<byte[]> output) {
        return output.map(out -> text(out).lines().filter(line -> !line.isBlank()).toList()).orElse(List.of());
    }

    /** Empty when git is not installed or the command fails. */
    private Optional<byte[]> run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(arguments));
        return Program.of(root, command).output(TIMEOUT);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
