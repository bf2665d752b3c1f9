package workshop.cli.trainee;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.Io;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Solution;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop diff SS.E}: the trainee's files against the exercise's solution, one unified diff per
 * file the solution changes or deletes. Nothing is written; it is the look before {@code solve}.
 */
public record DiffCommand(Workspace workspace, Console console) implements Command {

    @Override
    public int run(List<String> arguments) {
        String argument = Command.onlyArgument(arguments, "diff needs one exercise, e.g. ./workshop diff 01.2");
        Exercise exercise = Exercise.find(argument, workspace);
        Solution solution = exercise.solution();
        if (!solution.exists()) {
            console.println(console.failed(exercise.id() + " has no solution folder "
                    + workspace.relative(solution.dir())));
            return 1;
        }
        Path stepDir = exercise.step().dir();
        int differing = 0;
        for (String path : solution.files()) {
            Path yours = Solution.inStep(stepDir, path);
            Optional<byte[]> yourContent = read(yours);
            differing += print(yours, yourContent.isPresent() ? "(yours)" : "(you do not have this file)",
                    yourContent, solution.source(path), "(solution)", read(solution.source(path))) ? 1 : 0;
        }
        for (String path : solution.removals()) {
            Path yours = Solution.inStep(stepDir, path);
            differing += print(yours, "(yours)", read(yours), null, "(the solution deletes this file)",
                    Optional.empty()) ? 1 : 0;
        }
        int total = solution.files().size() + solution.removals().size();
        console.println(differing == 0
                ? "Your files match the solution of " + exercise.label() + "."
                : differing + " of " + total + " files differ from the solution of " + exercise.label()
                        + ". Take it with ./workshop solve " + exercise.id() + " (your files are saved first).");
        return 0;
    }

    /** Prints one file's diff; returns false (printing nothing) when the two sides are the same. */
    private boolean print(Path oldFile, String oldNote, Optional<byte[]> oldContent,
                          Path newFile, String newNote, Optional<byte[]> newContent) {
        List<String> oldLines = lines(oldContent);
        List<String> newLines = lines(newContent);
        if (oldContent.isPresent() == newContent.isPresent() && oldLines.equals(newLines)) {
            return false;
        }
        console.println(console.bold("--- " + label(oldFile) + "  " + oldNote));
        console.println(console.bold("+++ " + label(newFile) + "  " + newNote));
        if (isBinary(oldContent) || isBinary(newContent)) {
            console.println("binary files differ");
            return true;
        }
        for (String line : UnifiedDiff.hunks(oldLines, newLines)) {
            console.println(switch (line.charAt(0)) {
                case '-' -> console.red(line);
                case '+' -> console.green(line);
                case '@' -> console.cyan(line);
                default -> line;
            });
        }
        console.println();
        return true;
    }

    private String label(Path file) {
        return file == null ? "/dev/null" : workspace.relative(file);
    }

    private static Optional<byte[]> read(Path file) {
        return Files.isRegularFile(file) ? Optional.of(Io.unchecked(() -> Files.readAllBytes(file))) : Optional.empty();
    }

    private static List<String> lines(Optional<byte[]> content) {
        return content.map(bytes -> new String(bytes, StandardCharsets.UTF_8).lines().toList()).orElse(List.of());
    }

    private static boolean isBinary(Optional<byte[]> content) {
        return content.filter(bytes -> IntStream.range(0, bytes.length).anyMatch(i -> bytes[i] == 0)).isPresent();
    }
}
