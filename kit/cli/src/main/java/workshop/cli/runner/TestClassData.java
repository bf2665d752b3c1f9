package workshop.cli.runner;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import workshop.cli.Io;
import workshop.cli.process.Program;

/**
 * A class data archive for a module's test JVM: the library classes its tests load (Spring, Tomcat, the JDBC driver,
 * ...), parsed and verified once and mapped by every later test JVM. A cold JVM spends most of its first Spring
 * context loading those classes; with the archive it skips that work (kit/cli's README has the figures).
 * <p>
 * JDK 17 archives classes from jars only, and a JVM maps an archive only when its classpath begins with the
 * archive's, so the test JVM's classpath lists the jars first and the module folders after them. The archive is made
 * by the checks that build with Maven (the first check of a step, and the one after a pom changed), so that no later
 * check pays for it: Surefire's test JVM writes the list of classes it loaded ({@link #RECORDING}), then
 * {@code java -Xshare:dump} archives them. Its name carries a hash of the JDK and the jars, so a changed pom or JDK
 * makes a new one. If the JDK cannot make it, a marker keeps later checks from trying again.
 */
final class TestClassData {

    /**
     * The flag that makes Surefire's test JVM record the classes it loads. Surefire starts that JVM in the module's
     * folder, so the relative path lands in each module's own {@code target/}, which the compilation before it made.
     */
    static final String RECORDING = "-XX:DumpLoadedClassList=target/test-jvm.classlist";

    private final StepModule module;
    private final List<Path> jars;
    private final Path archive;

    TestClassData(StepModule module, List<Path> jars) {
        this.module = module;
        this.jars = jars;
        this.archive = module.dir().resolve("target/workshop/test-jvm-" + key(jars) + ".jsa");
    }

    /** The JVM flags that map the archive, when there is one. */
    List<String> flags() {
        return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    /** Whether a test run with {@link #RECORDING} left a class list to make an archive from, which is not made yet. */
    boolean canBeMade() {
        return !Files.isRegularFile(archive) && !Files.exists(failedMarker()) && Files.isRegularFile(classList());
    }

    /** Makes the archive from the recorded class list; the output goes to the log. */
    void make(Path log) {
        Path unfinished = archive.resolveSibling(archive.getFileName() + ".unfinished");
        Io.unchecked(() -> {
            Files.createDirectories(archive.getParent());
            deleteOlderArchives();
            int dumped = Program.java(module.dir(), List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList(),
                    "-XX:SharedArchiveFile=" + unfinished,
                    "-classpath", jars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))))
                    .runAppending(log);
            if (dumped == 0 && Files.isRegularFile(unfinished)) {
                Files.move(unfinished, archive, StandardCopyOption.REPLACE_EXISTING);
                // The JDK writes it read-only, which Windows would not let mvn clean delete.
                archive.toFile().setWritable(true);
            } else {
                Files.deleteIfExists(unfinished);
                Files.writeString(failedMarker(), "java -Xshare:dump failed; see the check log\n");
            }
            Files.deleteIfExists(classList());
        });
    }

    /** The jars the archive holds, in the order the test JVM's classpath must begin with. */
    List<Path> jars() {
        return jars;
    }

    private Path classList() {
        return module.dir().resolve("target/test-jvm.classlist");
    }

    private Path failedMarker() {
        return archive.resolveSibling(archive.getFileName() + ".failed");
    }

    private void deleteOlderArchives() throws IOException {
        for (Path file : Io.list(archive.getParent())) {
            if (file.getFileName().toString().startsWith("test-jvm-")) {
                file.toFile().setWritable(true);
                Files.delete(file);
            }
        }
    }

    /** The JDK and every jar with its size and time: an archive fits only the JVM and the jars that made it. */
    private static String key(List<Path> jars) {
        List<byte[]> parts = new ArrayList<>();
        parts.add((System.getProperty("java.home") + System.getProperty("java.vm.version"))
                .getBytes(StandardCharsets.UTF_8));
        for (Path jar : jars) {
            String stamp = jar + ":" + (Files.isRegularFile(jar)
                    ? Io.unchecked(() -> Files.size(jar)) + ":" + Io.modified(jar).toMillis() : "");
            parts.add(stamp.getBytes(StandardCharsets.UTF_8));
        }
        return Io.fingerprint(parts);
    }
}
