package workshop.cli;

import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

/**
 * Whether the built kit is older than its sources. The launchers ask this through the CLI itself (exit
 * code {@link Workshop#REBUILD}), so the bash and the Windows launcher share one rule: rebuild when any
 * file under {@code kit/} (build output aside) or the root pom.xml is newer than the CLI's classpath file,
 * which the kit build writes last.
 */
final class KitBuild {

    private KitBuild() {
    }

    static boolean isStale(Path root, Path stamp) {
        if (!Files.isRegularFile(stamp)) {
            return true;
        }
        FileTime built = Io.modified(stamp);
        return Io.modified(root.resolve("pom.xml")).compareTo(built) > 0 || hasNewerFile(root.resolve("kit"), built);
    }

    private static boolean hasNewerFile(Path dir, FileTime built) {
        boolean[] newer = {false};
        Io.unchecked(() -> Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                return directory.getFileName().toString().equals("target")
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                newer[0] = attributes.lastModifiedTime().compareTo(built) > 0;
                return newer[0] ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        }));
        return newer[0];
    }
}
