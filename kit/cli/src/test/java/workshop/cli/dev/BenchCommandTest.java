package workshop.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.TestRepo;

class BenchCommandTest {

    @TempDir
    Path dir;

    @Test
    void measures_a_start_once_per_value_of_each_option_with_the_option_in_its_label() {
        List<BenchCommand.Target> targets = BenchCommand.standardTargets(TestRepo.withDeclaredStep(dir).workspace());

        assertThat(targets).extracting(BenchCommand.Target::label)
                .containsExactly("start 07 --ledger remote", "start 07 --ledger local");
        assertThat(targets).extracting(BenchCommand.Target::goal).containsOnly(Optional.of(Duration.ofSeconds(20)));
    }

    @Test
    void measures_a_check_of_unchanged_code_and_one_right_after_an_edit_of_the_file_the_solution_changes() {
        List<BenchCommand.Target> targets = BenchCommand.standardTargets(
                TestRepo.withWorkshopBuild(dir, "correct").workspace());

        assertThat(targets).extracting(BenchCommand.Target::label)
                .containsExactly("check 01.1", "check 01.1 after an edit of Greeter.java");
        assertThat(targets.get(1).edited()).contains(dir.resolve("step-01-correct/greeter/src/main/java/fixture/Greeter.java"));
        assertThat(targets).extracting(BenchCommand.Target::warmUps).containsExactly(1, 0);
    }

    @Test
    void measures_one_start_with_the_options_start_takes() {
        TestRepo repo = TestRepo.withDeclaredStep(dir);

        assertThat(repo.run("bench", "start", "07", "--ledger", "inside")).isEqualTo(2);
        assertThat(repo.output()).startsWith("workshop: start 07 knows --ledger remote|local, not --ledger inside\n");
    }
}
