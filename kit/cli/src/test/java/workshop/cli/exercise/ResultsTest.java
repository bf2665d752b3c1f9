package workshop.cli.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import workshop.support.exercise.ExerciseId;
import workshop.support.exercise.TestResult;

class ResultsTest {

    private static final ExerciseId FIRST = new ExerciseId("01", 1);

    @Test
    void an_exercise_is_done_when_a_test_passed_and_none_failed() {
        assertThat(results("PASSED", "SKIPPED").done(FIRST)).contains(true);
        assertThat(results("PASSED", "FAILED").done(FIRST)).contains(false);
        assertThat(results("PASSED", "ABORTED").done(FIRST)).contains(false);
        assertThat(results("SKIPPED").done(FIRST)).contains(false);
        assertThat(results().done(FIRST)).isEmpty();
    }

    private static Results results(String... outcomes) {
        List<TestResult> results = Arrays.stream(outcomes)
                .map(outcome -> new TestResult(Optional.of(FIRST), TestResult.Outcome.valueOf(outcome), "t#m", ""))
                .toList();
        return new Results(results);
    }
}
