package workshop.cli.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestClassDataTest {

    @TempDir
    Path module;

    @Test
    void the_class_list_a_test_run_recorded_makes_the_archive_later_runs_map() throws Exception {
        TestClassData classData = new TestClassData(new StepModule(module), List.of(jar()));
        assertThat(classData.flags()).isEmpty();
        Files.writeString(module.resolve("target/test-jvm.classlist"), "java/lang/Object\norg/junit/jupiter/api/Test\n");
        assertThat(classData.canBeMade()).isTrue();

        classData.make(module.resolve("target/workshop/check.log"));

        assertThat(classData.flags()).singleElement().asString().startsWith("-XX:SharedArchiveFile=");
        assertThat(classData.canBeMade()).isFalse();
    }

    @Test
    void changed_jars_need_an_archive_of_their_own() throws Exception {
        Path jar = jar();
        TestClassData before = new TestClassData(new StepModule(module), List.of(jar));
        Files.writeString(module.resolve("target/test-jvm.classlist"), "java/lang/Object\n");
        before.make(module.resolve("target/workshop/check.log"));

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        TestClassData after = new TestClassData(new StepModule(module), List.of(jar));

        assertThat(after.flags()).isEmpty();
        Files.writeString(module.resolve("target/test-jvm.classlist"), "java/lang/Object\n");
        assertThat(after.canBeMade()).isTrue();
    }

    @Test
    void an_archive_the_jdk_could_not_make_is_not_tried_again() throws Exception {
        TestClassData classData = new TestClassData(new StepModule(module), List.of(jar()));
        // java -Xshare:dump refuses a class list it cannot read.
        Files.writeString(module.resolve("target/test-jvm.classlist"), "not @@ a class list\n");
        classData.make(module.resolve("target/workshop/check.log"));
        Files.writeString(module.resolve("target/test-jvm.classlist"), "java/lang/Object\n");

        assertThat(classData.flags()).isEmpty();
        assertThat(classData.canBeMade()).isFalse();
    }

    /** A copy of JUnit's API jar, which this test's own classpath holds. */
    private Path jar() throws Exception {
        Path junit = Path.of(Test.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.createDirectories(module.resolve("target/workshop"));
        return Files.copy(junit, module.resolve("junit.jar"));
    }
}
