package workshop.support.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The workshop's top folder, found from the working directory of a test (a module folder below it). */
final class WorkshopRoot {

    private WorkshopRoot() {
    }

    static Optional<Path> find() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("workshop")) && Files.isDirectory(dir.resolve("kit"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
