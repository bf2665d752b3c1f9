package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandLineTest {

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void repositoryWithTheCorrectFixture() {
        repo = TestRepo.at(dir);
        Fixtures.copyStep("correct", dir, "step-01-correct");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bogus                | unknown command: bogus",
            "check                | check needs one exercise or step",
            "check x.y            | not an exercise id: x.y",
            "check 01.1 01.2      | check needs one exercise or step",
            "hint 01              | not an exercise id: 01",
            "solve                | solve needs one exercise",
            "reset                | reset needs one exercise or step",
            "restore a b          | restore takes at most one save name",
            "restore nothing-here | there is no save nothing-here",
            "status now           | status takes no arguments",
            "verify --step        | verify takes no arguments or --step SS",
            "verify --step 09     | there is no step 09",
            "doctor please        | doctor takes no arguments",
            "bench --runs many    | --runs needs a number from 1 to 99",
            "bench start 07       | start knows no step, since none has a step.properties; not 07",
            "bench stop 01        | bench measures everything, or one 'check SS.E' or 'start SS [--OPTION VALUE]'",
    })
    void a_bad_command_line_gets_one_line_of_reason_the_usage_and_exit_code_2(String commandLine, String reason) {
        int exitCode = repo.run(commandLine.split(" "));

        assertThat(exitCode).isEqualTo(2);
        List<String> lines = repo.output().lines().toList();
        assertThat(lines.get(0)).startsWith("workshop: " + reason);
        assertThat(lines.get(1)).startsWith("usage: ./workshop");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "check 01.9           | there is no exercise 01.9; step 01 has [01.1, 01.2]",
            "check 9.9            | there is no exercise 09.9; the steps are [01]",
            "check 07             | there is no step 07; the steps are [01]",
            "diff 01.7            | there is no exercise 01.7; step 01 has [01.1, 01.2]",
            "bench check 01.9     | there is no exercise 01.9; step 01 has [01.1, 01.2]",
    })
    void an_exercise_or_step_that_does_not_exist_gets_one_line_naming_those_that_do(String commandLine,
            String reason) {
        int exitCode = repo.run(commandLine.split(" "));

        assertThat(exitCode).isEqualTo(2);
        assertThat(repo.output()).isEqualTo("workshop: " + reason + "\n");
    }

    @Test
    void an_exercise_number_without_its_leading_zero_is_read_with_it() {
        assertThat(repo.run("hint", "1.2")).isZero();

        assertThat(repo.output()).contains("(01.2 Say goodbye)");
    }

    @Test
    void hint_without_an_exercise_means_the_next_one_of_the_step_at_hand() {
        repo.write(".workshop/progress.properties", "01.1=done\ncurrent-step=01\n");

        assertThat(repo.run("hint")).isZero();

        assertThat(repo.output()).contains("(01.2 Say goodbye)");
    }

    @Test
    void help_prints_the_usage() {
        assertThat(repo.run("help")).isZero();
        assertThat(repo.output()).startsWith("usage: ./workshop").contains("check SS.E|SS").contains("verify [--step SS]");
    }

    @Test
    void without_steps_status_and_verify_say_so_and_succeed() {
        TestRepo empty = TestRepo.at(dir.resolve("empty"));

        assertThat(empty.run()).isZero();
        assertThat(empty.output()).startsWith("No steps yet");

        assertThat(empty.run("verify")).isZero();
        assertThat(empty.output()).endsWith("verify: 0 passed, 0 failed\n");
    }
}
