package workshop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The fixture steps under {@code src/test/resources/fixtures/}, copied into test repositories. */
public final class Fixtures {

    /** The source 01.1 of the correct fixture changes, in a repository made by {@link TestRepo#withWorkshopBuild}. */
    public static final String CORRECT_GREETER = "step-01-correct/greeter/src/main/java/fixture/Greeter.java";

    /** The same file as 01.1's solution has it. */
    public static final String SOLVED_GREETER =
            "step-01-correct/solutions/01.1/greeter/src/main/java/fixture/Greeter.java";

    private Fixtures() {
    }

    public static Path dir(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a fixture step into the repository as the given step folder, e.g. {@code step-01-correct}. */
    public static void copyStep(String name, Path root, String folder) {
        copy(dir(name), root.resolve(folder));
    }

    public static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
