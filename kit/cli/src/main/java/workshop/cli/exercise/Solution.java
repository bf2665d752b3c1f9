package workshop.cli.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import workshop.cli.Io;
import workshop.cli.workspace.FileChange;
import workshop.cli.workspace.Step;

/**
 * An exercise's solution folder, {@code step-XX/solutions/SS.E/}: the changed files at their paths
 * relative to the step folder, plus an optional {@code .remove} file listing step-relative paths the
 * solution deletes (one a line; blank lines and {@code #} comments are ignored).
 */
public record Solution(Step step, Path dir) {

    static final String REMOVALS = ".remove";

    public boolean exists() {
        return Files.isDirectory(dir);
    }

    /** The step-relative paths of the files the solution brings, sorted. */
    public List<String> files() {
        if (!exists()) {
            return List.of();
        }
        return Io.walk(dir).stream()
                .filter(Files::isRegularFile)
                .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                .filter(path -> !path.equals(REMOVALS))
                .sorted()
                .toList();
    }

    /** The step-relative paths the solution deletes. */
    public List<String> removals() {
        Path list = dir.resolve(REMOVALS);
        if (!Files.isRegularFile(list)) {
            return List.of();
        }
        return Io.unchecked(() -> Files.readAllLines(list)).stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** Where a step-relative path lives in the given copy of the step folder; never outside of it. */
    public static Path inStep(Path stepDir, String relative) {
        Path file = stepDir.resolve(relative).normalize();
        if (!file.startsWith(stepDir.normalize())) {
            throw new IllegalStateException("solution path leaves the step folder: " + relative);
        }
        return file;
    }

    public Path source(String relative) {
        return dir.resolve(relative);
    }

    /** Every file of the step folder the solution writes or deletes. */
    public List<Path> touchedFiles() {
        return Stream.concat(files().stream(), removals().stream())
                .map(relative -> inStep(step.dir(), relative))
                .toList();
    }

    /** The changes that apply this solution to a step folder (the trainee's, or verify's copy). */
    public List<FileChange> changesFor(Path stepDir) {
        List<FileChange> changes = new ArrayList<>();
        for (String relative : files()) {
            byte[] content = Io.unchecked(() -> Files.readAllBytes(source(relative)));
            changes.add(FileChange.write(inStep(stepDir, relative), content));
        }
        removals().forEach(relative -> changes.add(FileChange.delete(inStep(stepDir, relative))));
        return changes;
    }
}
