package workshop.support.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Data directories for the embedded PostgreSQL. {@code initdb} takes 1.2 to 1.5 s, which every test JVM and every
 * {@code ./workshop check} would pay; so the first initialised cluster is kept as a template, and later JVMs start
 * from a copy of it (about 0.1 s). Each JVM gets its own copy, named after its process, and deletes it when it stops;
 * copies left by a JVM that was killed are deleted by the next one, and by the workshop's CLI once it has stopped what it
 * started.
 */
final class DataDirectories {

    private static final String RUN_PREFIX = "run-";

    /** A template, a copy per JVM with a database per service, and room for several JVMs at once. */
    private static final long MEMORY_NEEDED = 1024L * 1024 * 1024;

    private final Path root;

    DataDirectories(Path root) {
        this.root = root;
    }

    /**
     * In memory where Linux offers a file system for it ({@code /dev/shm}), else in the temporary folder. The data lives
     * only as long as its JVM, so it needs no disk; and a check of step 01 creates eleven databases, a few thousand
     * files, which on tmpfs cost about a second of CPU less than on ext4 (0.6 to 0.8 s of the check's wall time on two
     * cores). The template (about 40 MB) stays in memory until the machine restarts; the first JVM after that makes it
     * again.
     */
    static DataDirectories onQuickestFileSystem() {
        return new DataDirectories(quickestFolder(Path.of("/dev/shm")).resolve("workshop-postgres"));
    }

    /** The memory file system when it exists and has room (in a container it may be only 64 MB), else the temporary folder. */
    static Path quickestFolder(Path memory) {
        try {
            if (Files.isDirectory(memory) && Files.isWritable(memory)
                    && Files.getFileStore(memory).getUsableSpace() >= MEMORY_NEEDED) {
                return memory;
            }
        } catch (IOException unusable) {
            // Then the temporary folder, as on macOS and Windows.
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** A new, empty data directory for this JVM; {@code initdb} fills it, unless {@link #copyTemplateInto} did. */
    Path fresh() {
        deleteLeftovers();
        Path directory = root.resolve(RUN_PREFIX + ProcessHandle.current().pid() + "-" + UUID.randomUUID());
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a PostgreSQL data directory in " + root, e);
        }
        return directory;
    }

    boolean hasTemplate() {
        return Files.exists(template().resolve("postgresql.conf"));
    }

    /** Fills a {@link #fresh} data directory with a copy of the template cluster. */
    void copyTemplateInto(Path directory) {
        copy(template(), directory);
    }

    /**
     * Keeps a just-initialised cluster as the template, unless another JVM was quicker. The copy is made under a name
     * of its own and then renamed, so no JVM ever sees half a template.
     */
    void keepAsTemplate(Path initialised) {
        if (hasTemplate()) {
            return;
        }
        Path candidate = root.resolve("template-" + UUID.randomUUID());
        copy(initialised, candidate);
        try {
            Files.move(candidate, template(), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileSystemException e) {
            // The target exists (another JVM kept its template first), or this file system cannot rename atomically.
            delete(candidate);
        } catch (IOException e) {
            delete(candidate);
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets a template the PostgreSQL binaries no longer accept (e.g. after an upgrade to a new major version). */
    void discardTemplate() {
        delete(template());
    }

    /** Deletes the folder; a server still stopping may add or remove a file while it is walked, so it walks again. */
    static void delete(Path directory) {
        for (int attempt = 0; attempt < 3 && Files.exists(directory); attempt++) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // Walked again; a folder that still cannot be removed is removed by the next JVM.
            }
        }
    }

    private Path template() {
        return root.resolve("template");
    }

    /**
     * The folders of JVMs that ended without deleting theirs (killed before their shutdown hooks ran): their servers, which
     * run on as daemons of their own, are stopped, and the folders deleted.
     */
    void deleteLeftovers() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> directories = Files.list(root)) {
            directories.filter(directory -> directory.getFileName().toString().startsWith(RUN_PREFIX))
                    .filter(DataDirectories::ownerIsGone)
                    .forEach(directory -> {
                        Postmaster.stopImmediately(directory);
                        delete(directory);
                    });
        } catch (IOException e) {
            // Only housekeeping: the new directory does not depend on it.
        }
    }

    /** {@code run-<pid>-<uuid>}: the JVM that made it has ended. */
    private static boolean ownerIsGone(Path directory) {
        String name = directory.getFileName().toString().substring(RUN_PREFIX.length());
        int dash = name.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? name : name.substring(0, dash));
            return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Copies a cluster with its permissions: PostgreSQL refuses a data directory others may read. */
    private static void copy(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                    Path target = to.resolve(from.relativize(directory).toString());
                    if (directory.equals(from)) {
                        Files.createDirectories(target);
                        copyPermissions(directory, target);
                    } else {
                        Files.copy(directory, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the PostgreSQL cluster " + from + " to " + to, e);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (from.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }
}
