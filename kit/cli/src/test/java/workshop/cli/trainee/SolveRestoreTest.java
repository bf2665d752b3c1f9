package workshop.cli.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.TestRepo;
import workshop.cli.workspace.Saves;

class SolveRestoreTest {

    private static final String STEP = "step-01-correct/";
    private static final String GREETER = STEP + "greeter/src/main/java/fixture/Greeter.java";
    private static final String OBSOLETE = STEP + "greeter/src/main/java/fixture/Obsolete.java";
    private static final String FAREWELLS = STEP + "greeter/src/main/java/fixture/Farewells.java";

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void repositoryWithTheCorrectFixture() {
        repo = TestRepo.at(dir);
        Fixtures.copyStep("correct", dir, "step-01-correct");
    }

    @Test
    void solve_copies_the_solution_over_the_step_and_deletes_what_it_removes() {
        assertThat(repo.run("solve", "01.2")).isZero();

        assertThat(repo.read(GREETER)).contains("Farewells.polite(name)");
        assertThat(repo.read(FAREWELLS)).contains("class Farewells");
        assertThat(repo.exists(OBSOLETE)).isFalse();
        assertThat(repo.exists(STEP + ".remove")).isFalse();
        assertThat(repo.output())
                .contains("changed " + GREETER)
                .contains("created " + FAREWELLS)
                .contains("deleted " + OBSOLETE)
                .contains("next: ./workshop check 01.2");
    }

    @Test
    void solve_saves_the_trainees_files_with_a_manifest_of_the_files_that_did_not_exist() throws IOException {
        repo.write(GREETER, "my own work\n");

        repo.run("solve", "01.2");

        Path save = onlySave();
        assertThat(save.getFileName().toString()).matches("\\d{8}-\\d{6}-solve-01\\.2");
        assertThat(Files.readString(save.resolve(GREETER))).isEqualTo("my own work\n");
        assertThat(save.resolve(OBSOLETE)).exists();
        assertThat(Files.readString(save.resolve(Saves.MANIFEST)))
                .contains("saved " + GREETER)
                .contains("saved " + OBSOLETE)
                .contains("absent " + FAREWELLS);
    }

    @Test
    void solve_then_restore_gives_back_exactly_the_files_from_before() throws IOException {
        byte[] notQuiteText = {'m', 'i', 'n', 'e', 0, (byte) 0xC3, '\r', '\n'};
        repo.write(GREETER, notQuiteText);
        Map<String, byte[]> before = snapshot();

        repo.run("solve", "01.2");
        assertThat(repo.run("restore")).isZero();

        assertThat(snapshot()).usingRecursiveComparison().isEqualTo(before);
        assertThat(repo.exists(FAREWELLS)).as("the file solve created is gone").isFalse();
        assertThat(repo.output()).contains("Restored your files from").contains("deleted " + FAREWELLS);
    }

    @Test
    void restore_without_a_name_takes_the_newest_save_of_solve_or_reset() {
        repo.run("solve", "01.1");
        repo.run("solve", "01.2");

        assertThat(repo.run("restore")).isZero();

        assertThat(repo.read(GREETER)).contains("\"Hello, \" + name").doesNotContain("Farewells");
        assertThat(repo.exists(OBSOLETE)).isTrue();

        assertThat(repo.run("restore")).as("restoring again changes nothing").isZero();
        assertThat(repo.output()).contains("nothing changed");
    }

    @Test
    void restore_can_be_undone_with_the_save_it_makes() {
        repo.run("solve", "01.2");
        Map<String, byte[]> solved = snapshot();
        repo.run("restore");

        assertThat(repo.run("restore", onlySaveNamed("restore-"))).isZero();

        assertThat(snapshot()).usingRecursiveComparison().isEqualTo(solved);
    }

    @Test
    void solving_again_changes_and_saves_nothing() {
        repo.run("solve", "01.1");

        assertThat(repo.run("solve", "01.1")).isZero();

        assertThat(repo.output()).contains("already match the solution");
        assertThat(saves()).hasSize(1);
    }

    @Test
    void restore_without_saves_says_so() {
        assertThat(repo.run("restore")).isEqualTo(1);
        assertThat(repo.output()).contains("nothing to restore");
    }

    /** Every file of the step folder, by path, with its bytes. */
    private Map<String, byte[]> snapshot() {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.resolve("step-01-correct"))) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String path = dir.relativize(file).toString();
                files.put(path, repo.bytes(path));
            });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return files;
    }

    private Stream<Path> saves() {
        try {
            return Files.list(dir.resolve(".workshop/saves")).toList().stream();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path onlySave() {
        return saves().reduce((a, b) -> {
            throw new AssertionError("more than one save: " + a + ", " + b);
        }).orElseThrow();
    }

    private String onlySaveNamed(String part) {
        return saves().map(save -> save.getFileName().toString()).filter(name -> name.contains(part)).findFirst().orElseThrow();
    }
}
