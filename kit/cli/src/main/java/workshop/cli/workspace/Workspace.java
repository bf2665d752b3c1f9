package workshop.cli.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import workshop.cli.Io;

/**
 * The workshop repository on disk: its steps, and {@code .workshop/}, where the CLI keeps the trainee's
 * progress, hint levels, saves and Maven logs (git-ignored, so it never mixes with the exercise code).
 */
public final class Workspace {

    private final Path root;

    public Workspace(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Every {@code step-NN-*} folder with a pom.xml, in step order. */
    public List<Step> steps() {
        return Io.list(root).stream().map(Step::at).flatMap(Optional::stream).sorted().toList();
    }

    public Optional<Step> step(String number) {
        return steps().stream().filter(step -> step.number().equals(number)).findFirst();
    }

    public Path state(String name) {
        return root.resolve(".workshop").resolve(name);
    }

    /** Where the Maven output of one command goes, e.g. {@code .workshop/logs/check-01.1.log}. */
    public Path logFile(String command, String argument) {
        return state("logs").resolve(command + "-" + argument + ".log");
    }

    /** A path as the trainee sees it from the repository root, with forward slashes on every OS. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
