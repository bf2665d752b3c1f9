package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KitBuildTest {

    private static final String STAMP = "kit/cli/target/launcher-classpath.txt";

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void builtKit() throws IOException {
        repo = TestRepo.at(dir)
                .write("kit/cli/src/main/java/A.java", "class A {}")
                .write(STAMP, "a.jar");
        // Sources a minute old, the build half a minute: a file written by a test is newer than the build even on
        // a file system whose clock ticks coarsely enough to give both the same time.
        age("pom.xml", 60);
        age("kit/cli/src/main/java/A.java", 60);
        age(STAMP, 30);
    }

    @Test
    void a_build_newer_than_every_kit_source_is_fresh() {
        assertThat(KitBuild.isStale(dir, dir.resolve(STAMP))).isFalse();
    }

    @Test
    void a_changed_kit_source_or_root_pom_makes_it_stale() throws IOException {
        repo.write("kit/support/src/main/java/B.java", "class B {}");
        assertThat(KitBuild.isStale(dir, dir.resolve(STAMP))).isTrue();

        age("kit/support/src/main/java/B.java", 60);
        repo.write("pom.xml", "<project><!-- changed --></project>");
        assertThat(KitBuild.isStale(dir, dir.resolve(STAMP))).isTrue();
    }

    @Test
    void build_output_does_not_count() throws IOException {
        repo.write("kit/support/target/classes/B.class", "new");

        assertThat(KitBuild.isStale(dir, dir.resolve(STAMP))).isFalse();
    }

    @Test
    void without_a_build_it_is_stale() throws IOException {
        Files.delete(dir.resolve(STAMP));

        assertThat(KitBuild.isStale(dir, dir.resolve(STAMP))).isTrue();
    }

    private void age(String path, int seconds) throws IOException {
        Files.setLastModifiedTime(dir.resolve(path), FileTime.from(Instant.now().minusSeconds(seconds)));
    }
}
