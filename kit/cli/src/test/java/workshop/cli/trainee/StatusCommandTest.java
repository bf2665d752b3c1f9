package workshop.cli.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.TestRepo;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Progress;
import workshop.support.exercise.ResultsFile;

class StatusCommandTest {

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void repositoryWithTheCorrectFixture() {
        repo = TestRepo.at(dir);
        Fixtures.copyStep("correct", dir, "step-01-correct");
    }

    /** The results file the greeter module's tests leave. */
    private String results() {
        return dir.relativize(ResultsFile.of(dir.resolve("step-01-correct/greeter"))).toString();
    }

    @Test
    void shows_every_exercise_pending_at_the_start_and_what_to_do_next() {
        assertThat(repo.run()).isZero();

        assertThat(repo.output()).isEqualTo("""
                01 correct  [--] 0/2
                   · 01.1 Greet by name
                   · 01.2 Say goodbye

                next: ./workshop check 01.1   (stuck? ./workshop hint 01.1)
                """);
    }

    @Test
    void lists_a_step_the_kit_never_heard_of() {
        Fixtures.copy(Fixtures.dir("declared"), dir);

        assertThat(repo.run()).isZero();

        assertThat(repo.output()).contains("07 fixture  [] 0/0");
    }

    @Test
    void takes_progress_from_what_check_recorded() {
        repo.write(".workshop/progress.properties", "01.1=done\n01.2=pending\n");

        repo.run("status");

        assertThat(repo.output())
                .contains("01 correct  [#-] 1/2")
                .contains("✓ 01.1 Greet by name")
                .contains("next: ./workshop check 01.2");
    }

    @Test
    void next_stays_in_the_step_of_the_exercise_checked_last() {
        repo.write("step-02-more/pom.xml", "<project/>\n");
        repo.write("step-02-more/README.md", "### 02.1 One more\n\n### 02.2 And another\n");
        repo.write(".workshop/progress.properties", "02.1=done\ncurrent-step=02\n");

        repo.run("status");

        assertThat(repo.output()).contains("· 01.1 Greet by name").contains("next: ./workshop check 02.2");
    }

    @Test
    void results_files_newer_than_the_progress_file_win() throws IOException {
        repo.write(".workshop/progress.properties", "01.1=done\n01.2=pending\n");
        repo.write(results(), "01.2\tPASSED\tfixture.FarewellTest#says_goodbye_by_name\t\n");
        Files.setLastModifiedTime(dir.resolve(".workshop/progress.properties"), FileTime.from(Instant.now().minusSeconds(60)));

        repo.run("status");

        assertThat(repo.output()).contains("[##] 2/2").contains("All exercises are done");
    }

    @Test
    void without_recorded_progress_the_last_results_count() {
        repo.write(results(), "01.1\tPASSED\tfixture.GreeterTest#greets_by_name\t\n"
                + "01.2\tFAILED\tfixture.FarewellTest#says_goodbye_by_name\t01.2 Say goodbye: no\n");

        repo.run("status");

        assertThat(repo.output()).contains("[#-] 1/2").contains("next: ./workshop check 01.2");
    }

    @Test
    void an_exercise_whose_files_changed_since_it_passed_is_to_be_checked_again() {
        Progress progress = new Progress(repo.workspace());
        Exercise greet = Exercise.allOf(repo.workspace().step("01").orElseThrow()).get(0);
        progress.record(greet, true);
        progress.store();
        repo.run("status");
        assertThat(repo.output()).contains("✓ 01.1 Greet by name");

        repo.write("step-01-correct/greeter/src/main/java/fixture/Greeter.java", "// reset, or edited\n");
        repo.run("status");

        assertThat(repo.output())
                .contains("~ 01.1 Greet by name  (changed since it passed: ./workshop check 01.1)")
                .contains("[--] 0/2")
                .contains("next: ./workshop check 01.1");
    }
}
