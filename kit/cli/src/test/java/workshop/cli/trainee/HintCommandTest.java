package workshop.cli.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.TestRepo;

class HintCommandTest {

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void repositoryWithTheCorrectFixture() {
        repo = TestRepo.at(dir);
        Fixtures.copyStep("correct", dir, "step-01-correct");
    }

    @Test
    void reveals_one_hint_level_at_a_time_and_remembers_it() {
        assertThat(repo.run("hint", "01.1")).isZero();
        assertThat(repo.output())
                .startsWith("Hint 1 of 2: where")
                .contains("Look at `Greeter.greet`.")
                .contains("./workshop hint 01.1 for hint 2")
                .doesNotContain("return \"Hello, \"");
        assertThat(repo.read(".workshop/hints.properties")).contains("01.1=1");

        assertThat(repo.run("hint", "01.1")).isZero();
        assertThat(repo.output())
                .startsWith("Hint 2 of 2: how")
                .contains("return \"Hello, \" + name + \"!\";")
                .contains("That was the last hint");
        assertThat(repo.read(".workshop/hints.properties")).contains("01.1=2");
    }

    @Test
    void once_every_hint_is_shown_it_points_to_diff_and_solve() {
        repo.run("hint", "01.2");

        assertThat(repo.run("hint", "01.2")).isZero();
        assertThat(repo.output())
                .contains("All 1 hints of 01.2 Say goodbye are shown")
                .contains("./workshop diff 01.2")
                .contains("./workshop solve 01.2");
    }

    @Test
    void keeps_levels_per_exercise() {
        repo.run("hint", "01.1");

        repo.run("hint", "01.2");

        assertThat(repo.output()).startsWith("Hint 1 of 1: the only one");
    }
}
