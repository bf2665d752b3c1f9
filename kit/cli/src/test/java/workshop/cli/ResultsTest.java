package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.ExerciseId;

class ResultsTest {

    private static final ExerciseId FIRST = new ExerciseId("01", 1);

    @Test
    void reads_a_results_line_with_its_escaped_newlines() {
        TestResult result = TestResult.parse("01.1\tFAILED\tshop.ATest#works\t01.1 Title: look here\\nexpected: 1").orElseThrow();

        assertThat(result.exercise()).contains(FIRST);
        assertThat(result.failed()).isTrue();
        assertThat(result.test()).isEqualTo("shop.ATest#works");
        assertThat(result.message()).isEqualTo("01.1 Title: look here\nexpected: 1");
    }

    @Test
    void a_dash_marks_a_scaffolding_test() {
        TestResult result = TestResult.parse("-\tPASSED\tshop.ATest#scaffolding\t").orElseThrow();

        assertThat(result.isExercise()).isFalse();
        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEmpty();
    }

    @Test
    void skips_lines_it_cannot_read() {
        assertThat(TestResult.parse("garbage")).isEmpty();
        assertThat(TestResult.parse("01.1\tWHATEVER\tx#y\t")).isEmpty();
    }

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
        return Results.of(results);
    }
}
