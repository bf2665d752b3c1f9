package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.process.ChildProcess;
import workshop.cli.process.ExitingChild;
import workshop.cli.process.Maven;
import workshop.cli.workspace.Application;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.StepFile;

/** Real recording runs of a small JVM: the archive a JDK writes, and what happens when it cannot. */
class ClassDataArchivesTest {

    private static final Duration GOAL = Duration.ofSeconds(10);
    private static final String CHILD = ExitingChild.class.getName();

    @TempDir
    Path root;

    private StepFile shop;
    private Application catalog;
    private Path module;
    private Path dependency;
    private ClassDataArchives archives;

    @BeforeEach
    void aBuiltStep() throws Exception {
        Path step = root.resolve("step-09-test");
        module = step.resolve("catalog");
        catalog = new Application("catalog", "catalog", CHILD, 8081);
        shop = new StepFile(new Step("09", "test", step), List.of(catalog), catalog, GOAL, GOAL, List.of(), Optional.empty());
        Files.createDirectories(module.resolve(StepBuild.OUTPUT));
        Files.writeString(module.resolve(StepBuild.OUTPUT + "/catalog.jar"), "");
        dependency = Files.writeString(root.resolve("kit-support.jar"), "");
        Files.writeString(module.resolve(StepBuild.CLASSPATH_FILE), dependency.toString());
        archives = new ClassDataArchives(new StepBuild(root, new Maven(root)));
    }

    @Test
    void a_service_without_an_archive_starts_without_one() {
        assertThat(archives.missing(shop)).containsExactly(catalog);
        assertThat(archives.flags(shop, catalog)).isEmpty();
    }

    @Test
    void a_recording_run_leaves_the_archive_that_later_starts_map() throws Exception {
        Path jar = jarOfTheChild();

        List<Application> failed = archives.record(shop, List.of(catalog), recording -> launch(recording, jar));

        assertThat(failed).isEmpty();
        assertThat(archives.missing(shop)).isEmpty();
        assertThat(archives.flags(shop, catalog)).singleElement().asString()
                .startsWith("-XX:SharedArchiveFile=" + module.resolve(StepBuild.OUTPUT));
        assertThat(filesIn(module.resolve(StepBuild.OUTPUT))).anyMatch(name -> name.endsWith(".jsa"))
                .noneMatch(name -> name.endsWith(".recording"));
    }

    @Test
    void an_archive_older_than_the_last_build_is_recorded_again() throws Exception {
        Path jar = jarOfTheChild();
        archives.record(shop, List.of(catalog), recording -> launch(recording, jar));

        Files.setLastModifiedTime(module.resolve(StepBuild.CLASSPATH_FILE), FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(archives.missing(shop)).containsExactly(catalog);
        assertThat(archives.flags(shop, catalog)).isEmpty();
    }

    @Test
    void an_archive_older_than_a_jar_it_holds_classes_of_is_recorded_again() throws Exception {
        Path jar = jarOfTheChild();
        archives.record(shop, List.of(catalog), recording -> launch(recording, jar));

        // As when ./workshop rebuilds the kit: the JVM would refuse the archive, and the service would start without it.
        Files.setLastModifiedTime(dependency, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(archives.missing(shop)).containsExactly(catalog);
        assertThat(archives.flags(shop, catalog)).isEmpty();
    }

    @Test
    void a_failed_recording_leaves_no_archive_behind() throws Exception {
        // The JDK refuses to archive classes from a folder on the classpath, so this run ends with an error.
        Path folder = Path.of(ExitingChild.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<Application> failed = archives.record(shop, List.of(catalog), recording -> launch(recording, folder));

        assertThat(failed).containsExactly(catalog);
        assertThat(archives.missing(shop)).containsExactly(catalog);
        assertThat(filesIn(module.resolve(StepBuild.OUTPUT))).noneMatch(name -> name.endsWith(".jsa") || name.endsWith(".recording"));
    }

    private ChildProcess launch(ClassDataArchives.Recording recording, Path classpath) {
        List<String> arguments = new ArrayList<>(recording.flags());
        arguments.addAll(List.of("-cp", classpath.toString(), CHILD));
        return JavaCommand.of(root, arguments)
                .start(recording.service().name(), root.resolve("logs/" + recording.service().name() + "-class-data.log"));
    }

    /** Only classes from jars can be archived, as the services' own are after a build. */
    private Path jarOfTheChild() throws Exception {
        Path jar = root.resolve("child.jar");
        String entry = CHILD.replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                InputStream classFile = ExitingChild.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }
}
