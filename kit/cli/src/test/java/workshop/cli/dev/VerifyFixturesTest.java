package workshop.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.TestRepo;

/**
 * Runs {@code verify} for real, with this repository's Maven wrapper and root pom, on the fixture steps:
 * one that keeps the exercise contract and two that break it in the ways verify exists to catch.
 */
class VerifyFixturesTest {

    private static final String DOUBLER = "step-01-unsolved/src/main/java/fixture/Doubler.java";

    @TempDir
    Path dir;

    @Test
    void a_step_that_keeps_the_contract_verifies_without_mismatches() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");

        int exitCode = repo.run("verify");

        assertThat(repo.output()).doesNotContain("✗");
        assertThat(lastLine(repo)).isEqualTo("verify: 27 passed, 0 failed");
        assertThat(exitCode).isZero();
    }

    @Test
    void exercises_that_pass_too_early_do_not_name_themselves_or_build_on_a_later_one_are_reported() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "early");

        int exitCode = repo.run("verify", "--step", "01");

        assertThat(mismatches(repo)).containsExactly(
                "01.1 builds on 01.2, which is not an earlier exercise of step 01",
                "01.1 already passes in the starting state (fixture.CounterTest#starts_at_one)",
                "01.2 fails, but its message does not name the exercise: fixture.CounterTest#counts_in_steps_of_one: "
                        + "[the step should be one]",
                "01.2 passes once 01.1 is solved (fixture.CounterTest#counts_in_steps_of_one)");
        assertThat(lastLine(repo)).isEqualTo("verify: 15 passed, 4 failed");
        assertThat(exitCode).isEqualTo(1);
    }

    @Test
    void a_solution_that_does_not_solve_is_reported() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "unsolved");
        String startingDoubler = repo.read(DOUBLER);

        int exitCode = repo.run("verify");

        assertThat(mismatches(repo)).containsExactly(
                "01.1's solution does not make its tests pass: fixture.DoublerTest#doubles: [01.1 Double it: twice(2) is 4]",
                "with all solutions applied, fixture.DoublerTest#doubles fails: [01.1 Double it: twice(2) is 4]");
        assertThat(lastLine(repo)).isEqualTo("verify: 9 passed, 2 failed");
        assertThat(exitCode).isEqualTo(1);
        assertThat(repo.read(DOUBLER)).as("verify works on a copy").isEqualTo(startingDoubler);
        assertThat(repo.exists("step-01-unsolved/target")).isFalse();
    }

    private static List<String> mismatches(TestRepo repo) {
        return repo.output().lines()
                .filter(line -> line.startsWith("  ✗ "))
                .map(line -> line.substring("  ✗ ".length()))
                .toList();
    }

    private static String lastLine(TestRepo repo) {
        List<String> lines = repo.output().lines().toList();
        return lines.get(lines.size() - 1);
    }
}
