package workshop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.support.exercise.ExerciseId;

/** One step folder, e.g. {@code step-01-microservices}: number {@code 01}, name {@code microservices}. */
public record Step(String number, String name, Path dir) implements Comparable<Step> {

    private static final Pattern FOLDER = Pattern.compile("step-(\\d{2})-(.+)");

    static Optional<Step> at(Path dir) {
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

    Path readmeFile() {
        return dir.resolve("README.md");
    }

    Path solutionsDir() {
        return dir.resolve("solutions");
    }

    /** What the step declares of itself in its {@code step.properties}; empty when it has none. */
    public Optional<StepFile> stepFile() {
        return StepFile.of(this);
    }

    /**
     * The step's exercises in order: every exercise with a README section or an {@code @Exercise} test.
     * Both sources count, so a missing section or a missing test shows up instead of hiding the exercise.
     */
    List<Exercise> exercises() {
        StepReadme readme = StepReadme.read(readmeFile());
        Map<ExerciseId, List<TestClass>> tests = ExerciseTests.scan(dir);
        TreeSet<ExerciseId> ids = new TreeSet<>(tests.keySet());
        readme.sections().forEach(section -> ids.add(section.id()));
        return ids.stream()
                .filter(id -> id.step().equals(number))
                .map(id -> new Exercise(id, this, readme.section(id), tests.getOrDefault(id, List.of())))
                .toList();
    }

    @Override
    public int compareTo(Step other) {
        return number.compareTo(other.number);
    }
}
