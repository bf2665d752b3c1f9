package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.process.Maven;
import workshop.cli.workspace.Application;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.StepFile;

class StepBuildTest {

    private static final FileTime EARLIER = FileTime.from(Instant.parse("2026-01-01T10:00:00Z"));
    private static final FileTime BUILT = FileTime.from(Instant.parse("2026-01-01T11:00:00Z"));
    private static final Duration GOAL = Duration.ofSeconds(10);
    private static final FileTime LATER = FileTime.from(Instant.parse("2026-01-01T12:00:00Z"));

    @TempDir
    Path root;

    private StepFile shop;
    private StepBuild build;
    private Path module;

    @BeforeEach
    void aBuiltStep() throws Exception {
        Path step = root.resolve("step-09-test");
        module = step.resolve("catalog");
        Application catalog = new Application("catalog", "catalog", "shop.catalog.Main", 8081);
        shop = new StepFile(new Step("09", "test", step), List.of(catalog), catalog, GOAL, GOAL, List.of(), Optional.empty());
        build = new StepBuild(root, new Maven(root));
        write(root.resolve("pom.xml"), EARLIER);
        write(step.resolve("pom.xml"), EARLIER);
        write(module.resolve("pom.xml"), EARLIER);
        write(module.resolve("src/main/java/shop/catalog/Main.java"), EARLIER);
        write(module.resolve(StepBuild.OUTPUT + "/step09-catalog-1.0.jar"), BUILT);
        Files.writeString(module.resolve(StepBuild.CLASSPATH_FILE), "/m2/a.jar" + File.pathSeparator + "/m2/b.jar\n");
        Files.setLastModifiedTime(module.resolve(StepBuild.CLASSPATH_FILE), BUILT);
    }

    @Test
    void a_step_built_after_its_last_change_is_up_to_date() {
        assertThat(build.isUpToDate(shop)).isTrue();
    }

    @Test
    void a_changed_source_or_pom_needs_a_build() throws Exception {
        Files.setLastModifiedTime(module.resolve("src/main/java/shop/catalog/Main.java"), LATER);
        assertThat(build.isUpToDate(shop)).isFalse();

        Files.setLastModifiedTime(module.resolve("src/main/java/shop/catalog/Main.java"), EARLIER);
        Files.setLastModifiedTime(module.resolve("pom.xml"), LATER);
        assertThat(build.isUpToDate(shop)).isFalse();
    }

    @Test
    void a_missing_classpath_file_needs_a_build() throws Exception {
        Files.delete(module.resolve(StepBuild.CLASSPATH_FILE));

        assertThat(build.isUpToDate(shop)).isFalse();
    }

    @Test
    void a_module_without_its_jar_needs_a_build() throws Exception {
        Files.delete(module.resolve(StepBuild.OUTPUT + "/step09-catalog-1.0.jar"));

        assertThat(build.isUpToDate(shop)).isFalse();
    }

    @Test
    void the_classpath_starts_with_the_services_jar() {
        assertThat(build.classpath(shop, shop.applications().get(0))).isEqualTo(module.resolve(StepBuild.OUTPUT + "/step09-catalog-1.0.jar")
                + File.pathSeparator + "/m2/a.jar" + File.pathSeparator + "/m2/b.jar");
    }

    private static void write(Path file, FileTime modified) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, modified);
    }
}
