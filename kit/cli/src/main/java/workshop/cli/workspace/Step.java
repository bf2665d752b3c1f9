package workshop.cli.workspace;

import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.cli.Io;
import workshop.support.exercise.ExerciseId;

/** One step folder, e.g. {@code step-01-microservices}: number {@code 01}, name {@code microservices}. */
public record Step(String number, String name, Path dir) implements Comparable<Step> {

    private static final Pattern FOLDER = Pattern.compile("step-(\\d{2})-(.+)");

    public static Optional<Step> at(Path dir) {
        Matcher matcher = FOLDER.matcher(dir.getFileName().toString());
        if (!matcher.matches() || !Files.isRegularFile(dir.resolve("pom.xml"))) {
            return Optional.empty();
        }
        return Optional.of(new Step(matcher.group(1), matcher.group(2), dir));
    }

    public String folder() {
        return dir.getFileName().toString();
    }

    public Path pom() {
        return dir.resolve("pom.xml");
    }

    public Path readmeFile() {
        return dir.resolve("README.md");
    }

    /** Where the hints of an exercise of this step are, e.g. {@code hints/01.2.md}. */
    public Path hintsFile(ExerciseId exercise) {
        return dir.resolve("hints").resolve(exercise + ".md");
    }

    public Path solutionsDir() {
        return dir.resolve("solutions");
    }

    /**
     * The folders of the step's Maven modules, the step folder first: every folder with a pom.xml, apart from the
     * solutions, build output and hidden folders.
     */
    public List<Path> modules() {
        List<Path> modules = new ArrayList<>();
        Io.unchecked(() -> Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                String name = folder.getFileName().toString();
                if (!folder.equals(dir) && (name.startsWith(".") || name.equals("src") || name.equals("target"))
                        || folder.equals(solutionsDir())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (Files.isRegularFile(folder.resolve("pom.xml"))) {
                    modules.add(folder);
                }
                return FileVisitResult.CONTINUE;
            }
        }));
        return modules;
    }

    /** What the step declares of itself in its {@code step.properties}; empty when it has none. */
    public Optional<StepFile> stepFile() {
        return StepFile.of(this);
    }

    @Override
    public int compareTo(Step other) {
        return number.compareTo(other.number);
    }
}
