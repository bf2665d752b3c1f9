package workshop.cli.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import workshop.cli.Io;
import workshop.cli.workspace.Step;
import workshop.support.exercise.ExerciseId;
import workshop.support.exercise.ResultsFile;
import workshop.support.exercise.TestResult;

/** What the last test runs of a step's modules left in their {@link ResultsFile}s, judged per exercise. */
public record Results(List<TestResult> all) {

    public Results {
        all = List.copyOf(all);
    }

    /** Everything the step's last test runs wrote. */
    public static Results readStep(Step step) {
        return new Results(files(step).stream().flatMap(file -> ResultsFile.read(file).stream()).toList());
    }

    /**
     * Removes the results files of the given modules (step-relative paths, empty for the step folder
     * itself) before a run: a module whose build breaks before its tests leaves its old file behind,
     * which would otherwise pass for a fresh result.
     */
    public static void delete(Step step, List<String> modules) {
        for (String module : modules) {
            Io.unchecked(() -> Files.deleteIfExists(ResultsFile.of(step.dir().resolve(module))));
        }
    }

    /** Removes every results file of the step before a run of all its tests. */
    public static void deleteStep(Step step) {
        for (Path file : files(step)) {
            Io.unchecked(() -> Files.deleteIfExists(file));
        }
    }

    /** When the newest results file of the step was written, if there is one. */
    static Optional<FileTime> lastWritten(Step step) {
        return files(step).stream().map(Io::modified).max(FileTime::compareTo);
    }

    public List<TestResult> of(ExerciseId id) {
        return all.stream().filter(result -> result.belongsTo(id)).toList();
    }

    public List<TestResult> scaffolding() {
        return all.stream().filter(result -> !result.isExercise()).toList();
    }

    /**
     * The results of the tests of no exercise in these classes: the public API scenarios a run took beside the
     * exercises' tests ({@link Exercise#testsToRun}), and not what earlier runs of other modules left.
     */
    public List<TestResult> scaffoldingIn(List<TestClass> classes) {
        Set<String> names = classes.stream().map(TestClass::name).collect(Collectors.toSet());
        return scaffolding().stream().filter(result -> names.contains(result.method().replaceFirst("#.*", ""))).toList();
    }

    /** Done means: its tests ran, at least one passed, and none failed. */
    public Optional<Boolean> done(ExerciseId id) {
        List<TestResult> own = of(id);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(own.stream().anyMatch(TestResult::passed) && own.stream().noneMatch(TestResult::failed));
    }

    private static List<Path> files(Step step) {
        return step.modules().stream().map(ResultsFile::of).filter(Files::isRegularFile).toList();
    }
}
