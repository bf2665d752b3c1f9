package workshop.cli;

import java.io.File;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import workshop.cli.process.Maven;
import workshop.cli.process.Program;

/**
 * The kit's build, once it exists: the launchers build it on first use, and then run the CLI in their own process
 * ({@code exec}), so that a signal to {@code ./workshop} reaches the CLI. The CLI itself rebuilds the kit when it is
 * older than its sources (one rule for the bash and the Windows launcher: any file under {@code kit/}, build output
 * aside, or the root pom.xml newer than the CLI's classpath file, which the kit build writes last), and runs the
 * command with the new kit.
 */
final class KitBuild {

    private static final List<String> INSTALL = List.of("-q", "-B", "install", "-DskipTests", "-pl",
            "kit/support,kit/cli", "-am");

    private KitBuild() {
    }

    /**
     * Builds the kit as the launchers do, then runs the command with the new kit in a JVM of its own, in this
     * terminal; returns its exit code.
     */
    static int rebuildAndRun(Path root, Path stamp, List<String> arguments) {
        System.err.println("Building the workshop kit (it changed since it was built)...");
        Path log = root.resolve(".workshop/logs/build-kit.log");
        if (!new Maven(root).run(log, INSTALL)) {
            Io.unchecked(() -> Files.deleteIfExists(stamp));
            System.err.println("workshop: building the kit failed, see .workshop/logs/build-kit.log");
            return Workshop.FAILED;
        }
        String classpath = root.resolve("kit/cli/target/classes") + File.pathSeparator
                + Io.unchecked(() -> Files.readString(stamp)).strip();
        List<String> command = new ArrayList<>(Program.QUICK_START);
        command.addAll(List.of("-Xshare:auto", "-Dworkshop.root=" + root,
                "-Dworkshop.color=" + System.getProperty("workshop.color", "false"), "-cp", classpath,
                Workshop.class.getName()));
        command.addAll(arguments);
        return Program.java(root, command).runInTerminal();
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
