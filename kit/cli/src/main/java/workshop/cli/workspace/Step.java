package workshop.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    public Path solutionsDir() {
        return dir.resolve("solutions");
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
