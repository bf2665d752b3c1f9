package workshop.cli.exercise;

import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import workshop.cli.Io;
import workshop.support.exercise.ExerciseId;
import workshop.support.exercise.ResultsFile;
import workshop.support.exercise.TestResult;

/** What the last test runs of a step's modules left in their {@link ResultsFile}s, judged per exercise. */
public final class Results {

    private final List<TestResult> results;

    private Results(List<TestResult> results) {
        this.results = List.copyOf(results);
    }

    public static Results of(List<TestResult> results) {
        return new Results(results);
    }

    /** Everything the step's last test runs wrote. */
    public static Results readStep(Path stepDir) {
        List<TestResult> all = new ArrayList<>();
        for (Path file : files(stepDir)) {
            all.addAll(ResultsFile.read(file));
        }
        return new Results(all);
    }

    /**
     * Removes the results files of the given modules (step-relative paths, empty for the step folder
     * itself) before a run: a module whose build breaks before its tests leaves its old file behind,
     * which would otherwise pass for a fresh result.
     */
    public static void delete(Path stepDir, List<String> modules) {
        for (String module : modules) {
            Io.unchecked(() -> Files.deleteIfExists(ResultsFile.of(stepDir.resolve(module))));
        }
    }

    /** Removes every results file of the step before a run of all its tests. */
    public static void deleteStep(Path stepDir) {
        for (Path file : files(stepDir)) {
            Io.unchecked(() -> Files.deleteIfExists(file));
        }
    }

    /** When the newest results file of the step was written, if there is one. */
    static Optional<FileTime> lastWritten(Path stepDir) {
        return files(stepDir).stream().map(Io::modified).max(FileTime::compareTo);
    }

    public List<TestResult> all() {
        return results;
    }

    public List<TestResult> of(ExerciseId id) {
        return results.stream().filter(result -> result.belongsTo(id)).toList();
    }

    public List<TestResult> scaffolding() {
        return results.stream().filter(result -> !result.isExercise()).toList();
    }

    /** Done means: its tests ran, at least one passed, and none failed. */
    public Optional<Boolean> done(ExerciseId id) {
        List<TestResult> own = of(id);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(own.stream().anyMatch(TestResult::passed) && own.stream().noneMatch(TestResult::failed));
    }

    private static List<Path> files(Path stepDir) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(stepDir)) {
            return files;
        }
        Io.unchecked(() -> Files.walkFileTree(stepDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName().toString();
                if (name.equals("target")) {
                    Path results = ResultsFile.of(dir.getParent());
                    if (Files.isRegularFile(results)) {
                        files.add(results);
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                boolean skip = name.equals("src") || name.startsWith(".") && !dir.equals(stepDir)
                        || dir.equals(stepDir.resolve("solutions"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }
        }));
        return files;
    }
}
