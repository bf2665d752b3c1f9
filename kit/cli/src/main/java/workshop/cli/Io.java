package workshop.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * File work whose {@link IOException} the CLI cannot answer better than by ending the command with its message:
 * {@link Workshop} prints an {@link UncheckedIOException} in one line and exits with 1.
 */
public final class Io {

    /** Work on files that returns a value. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    /** Work on files that returns nothing. */
    @FunctionalInterface
    public interface Action {
        void run() throws IOException;
    }

    private Io() {
    }

    /** A short fingerprint of the parts, in their order: the first six bytes of their SHA-256, in hex. */
    public static String fingerprint(List<byte[]> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            parts.forEach(digest::update);
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T unchecked(Work<T> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void unchecked(Action action) {
        unchecked(() -> {
            action.run();
            return null;
        });
    }

    public static FileTime modified(Path file) {
        return unchecked(() -> Files.getLastModifiedTime(file));
    }

    /** The entries of a folder, read at once, so that no directory stream is left open. */
    public static List<Path> list(Path folder) {
        return unchecked(() -> {
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.toList();
            }
        });
    }

    /** The folder and everything below it, read at once, so that no directory stream is left open. */
    public static List<Path> walk(Path folder) {
        return unchecked(() -> {
            try (Stream<Path> paths = Files.walk(folder)) {
                return paths.toList();
            }
        });
    }

    /** Deletes the folder and everything below it; nothing when there is no such folder. */
    public static void deleteTree(Path folder) {
        if (Files.isDirectory(folder)) {
            walk(folder).stream().sorted(Comparator.reverseOrder()).forEach(path -> unchecked(() -> Files.delete(path)));
        }
    }
}
