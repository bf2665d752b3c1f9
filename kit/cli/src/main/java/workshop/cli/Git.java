package workshop.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The few git commands {@code reset} needs, run in the repository root. Paths are given and returned
 * relative to that root with forward slashes, as git writes them.
 */
final class Git {

    private final Path root;

    Git(Path root) {
        this.root = root;
    }

    /** True when git is installed and the workshop folder is a git work tree. */
    boolean available() {
        return run("rev-parse", "--is-inside-work-tree").filter(out -> text(out).trim().equals("true")).isPresent();
    }

    Optional<String> head() {
        return run("rev-parse", "HEAD").map(out -> text(out).trim());
    }

    /** Every file the commit has under a folder. */
    List<String> filesAt(String commit, String folder) {
        return lines(run("ls-tree", "-r", "--name-only", commit, "--", folder));
    }

    /** Tracked and untracked files under a folder, without the ones git ignores (build output, IDE files). */
    List<String> workingFiles(String folder) {
        return lines(run("ls-files", "--cached", "--others", "--exclude-standard", "--", folder));
    }

    /** A file's content at a commit; empty when the commit has no such file. */
    Optional<byte[]> show(String commit, String path) {
        return run("show", commit + ":./" + path);
    }

    private List<String> lines(Optional<byte[]> output) {
        List<String> lines = new ArrayList<>();
        output.ifPresent(out -> text(out).lines().filter(line -> !line.isBlank()).forEach(lines::add));
        return lines;
    }

    private Optional<byte[]> run(String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotepath=off"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            byte[] output = readAll(process.getInputStream());
            return process.waitFor() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException noGit) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
