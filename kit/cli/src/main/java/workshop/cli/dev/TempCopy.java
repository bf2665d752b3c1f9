package workshop.cli.dev;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

import workshop.cli.Io;
import workshop.cli.process.Children;

/**
 * A throw-away copy of the repository for {@code verify} and {@code bench tax}, so applying solutions never touches
 * the trainee's or maintainer's tree. Git data, build output and the CLI's own state are left behind. Should the CLI
 * be stopped before it is done with the copy, the copy goes once the processes working in it are stopped.
 */
public record TempCopy(Path dir) implements AutoCloseable {

    private static final Set<String> LEFT_OUT = Set.of(".git", "target", ".workshop");

    public static TempCopy of(Path root) {
        Path dir = Io.unchecked(() -> Files.createTempDirectory("workshop-copy-"));
        Children.deleteWhenStopped(dir);
        Io.unchecked(() -> copy(root, dir));
        return new TempCopy(dir);
    }

    @Override
    public void close() {
        Io.deleteTree(dir);
        Children.forget(dir);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                if (!directory.equals(from) && LEFT_OUT.contains(directory.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                // COPY_ATTRIBUTES keeps mvnw executable
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
