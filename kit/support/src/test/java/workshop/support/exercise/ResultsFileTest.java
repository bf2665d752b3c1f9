package workshop.support.exercise;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.support.exercise.TestResult.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsFileTest {

    private static final ExerciseId FIRST = ExerciseId.parse("01.1");

    @Test
    void aResultKeepsToOneLineAndReadsBackWithItsLineBreaks() {
        TestResult failed = new TestResult(Optional.of(FIRST), Outcome.FAILED, "shop.ATest#works",
                "01.1 Title: look here\r\n\texpected: 1");

        String line = ResultsFile.line(failed);

        assertThat(line).isEqualTo("01.1\tFAILED\tshop.ATest#works\t01.1 Title: look here\\n expected: 1");
        assertThat(ResultsFile.parse(line)).contains(new TestResult(Optional.of(FIRST), Outcome.FAILED,
                "shop.ATest#works", "01.1 Title: look here\n expected: 1"));
    }

    @Test
    void halfASurrogatePairInANameBecomesAQuestionMarkThatUtf8CanWrite() {
        TestResult passed = new TestResult(Optional.empty(), Outcome.PASSED, "shop.ATest#attack[\uD800 and \uD83C\uDF75]",
                "");

        assertThat(ResultsFile.line(passed)).isEqualTo("-\tPASSED\tshop.ATest#attack[? and \uD83C\uDF75]\t");
    }

    @Test
    void aDashMarksAScaffoldingTest() {
        TestResult result = ResultsFile.parse("-\tPASSED\tshop.ATest#scaffolding\t").orElseThrow();

        assertThat(result.isExercise()).isFalse();
        assertThat(result.passed()).isTrue();
        assertThat(result.message()).isEmpty();
    }

    @Test
    void linesItCannotReadAreLeftOut() {
        assertThat(ResultsFile.parse("garbage")).isEmpty();
        assertThat(ResultsFile.parse("01.1\tWHATEVER\tx#y\t")).isEmpty();
    }

    @Test
    void whatATestRunWritesIsWhatIsRead(@TempDir Path module) {
        Path file = ResultsFile.of(module);
        TestResult passed = new TestResult(Optional.of(FIRST), Outcome.PASSED, "shop.ATest#works", "");
        System.setProperty(ResultsFile.PROPERTY, file.toString());
        try {
            ResultsFile.create().write(passed);
        } finally {
            System.clearProperty(ResultsFile.PROPERTY);
        }

        assertThat(file).isEqualTo(module.resolve("target/workshop/results.tsv"));
        assertThat(ResultsFile.read(file)).containsExactly(passed);
        assertThat(ResultsFile.read(module.resolve("nothing.tsv"))).isEmpty();
    }
}
