package workshop.support.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.description.Description;
import org.assertj.core.description.TextDescription;

/**
 * Failure messages that tell a trainee which exercise failed and where to look next:
 * <pre>
 * assertThat(trace.services())
 *     .as(lookAt("01.1", "the client in orders that calls cart: does it use the traced RestClient.Builder?"))
 *     .contains("cart");
 * </pre>
 * fails with {@code [01.1 Follow one request: the client in orders ... (./workshop hint 01.1,
 * step-01-microservices/README.md)] ...}. The title comes from the exercise's heading in its step's README.
 */
public final class Exercises {

    private Exercises() {
    }

    /** A description for AssertJ's {@code as(...)} naming the exercise and the next thing to look at. */
    public static Description lookAt(String exercise, String whatToLookAt) {
        return new TextDescription("%s", message(exercise, whatToLookAt));
    }

    /** Fails the exercise outright, for checks that are not a single assertion. */
    public static AssertionError failure(String exercise, String whatToLookAt) {
        return new AssertionError(message(exercise, whatToLookAt));
    }

    static String message(String exercise, String whatToLookAt) {
        ExerciseId id = ExerciseId.parse(exercise);
        Optional<Path> root = WorkshopRoot.find();
        Optional<Path> readme = root.flatMap(dir -> readmeOf(dir, id.step()));
        String title = readme.flatMap(file -> titleIn(file, id)).map(t -> " " + t).orElse("");
        String where = readme.map(file -> ", " + root.orElseThrow().relativize(file).toString().replace('\\', '/'))
                .orElse("");
        return id + title + ": " + whatToLookAt + " (./workshop hint " + id + where + ")";
    }

    private static Optional<Path> readmeOf(Path root, String step) {
        try (Stream<Path> steps = Files.list(root)) {
            return steps.filter(dir -> dir.getFileName().toString().startsWith("step-" + step + "-"))
                    .map(dir -> dir.resolve("README.md"))
                    .filter(Files::isRegularFile)
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<String> titleIn(Path readme, ExerciseId id) {
        String heading = "### " + id + " ";
        try (Stream<String> lines = Files.lines(readme)) {
            return lines.filter(line -> line.startsWith(heading))
                    .map(line -> line.substring(heading.length()).trim())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
