package workshop.cli.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.TestRepo;

class DiffCommandTest {

    private static final String SOURCES = "step-01-correct/greeter/src/main/java/fixture/";

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void repositoryWithTheCorrectFixture() {
        repo = TestRepo.at(dir);
        Fixtures.copyStep("correct", dir, "step-01-correct");
    }

    @Test
    void shows_the_trainees_file_against_the_solution() {
        assertThat(repo.run("diff", "01.1")).isZero();

        assertThat(repo.output())
                .contains("--- " + SOURCES + "Greeter.java  (yours)")
                .contains("+++ step-01-correct/solutions/01.1/greeter/src/main/java/fixture/Greeter.java  (solution)")
                .contains("@@ -3,7 +3,7 @@")
                .contains("\n-        return \"Hello\";\n+        return \"Hello, \" + name + \"!\";\n")
                .contains("1 of 1 files differ");
    }

    @Test
    void shows_files_the_solution_creates_and_deletes() {
        repo.run("diff", "01.2");

        assertThat(repo.output())
                .contains("--- " + SOURCES + "Farewells.java  (you do not have this file)")
                .contains("--- " + SOURCES + "Obsolete.java  (yours)\n+++ /dev/null  (the solution deletes this file)")
                .contains("3 of 3 files differ");
    }

    @Test
    void after_solve_there_is_nothing_to_show() {
        repo.run("solve", "01.1");

        repo.run("diff", "01.1");

        assertThat(repo.output()).isEqualTo("Your files match the solution of 01.1 Greet by name.\n");
    }
}
