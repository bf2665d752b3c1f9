package workshop.cli.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import workshop.cli.Io;

/** One file that {@code solve}, {@code reset} or {@code restore} will write (new content) or delete (none). */
public record FileChange(Path file, Optional<byte[]> content) {

    public static FileChange write(Path file, byte[] content) {
        return new FileChange(file, Optional.of(content));
    }

    public static FileChange delete(Path file) {
        return new FileChange(file, Optional.empty());
    }

    /** False when the file already is what the change would make it, so nothing needs saving or writing. */
    boolean changesSomething() {
        boolean exists = Files.isRegularFile(file);
        if (content.isEmpty()) {
            return exists;
        }
        return !exists || !Arrays.equals(Io.unchecked(() -> Files.readAllBytes(file)), content.get());
    }

    public void apply() {
        Io.unchecked(() -> {
            if (content.isPresent()) {
                Files.createDirectories(file.getParent());
                Files.write(file, content.get());
            } else {
                Files.deleteIfExists(file);
            }
        });
    }
}
