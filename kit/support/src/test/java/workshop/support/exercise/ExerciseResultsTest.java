package workshop.support.exercise;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class ExerciseResultsTest {

    @TempDir
    Path dir;

    @Test
    void eachCaseOfAParameterisedTestIsNamedWithItsDisplayName() {
        assertThat(run()).extracting(TestResult::test).containsExactlyInAnyOrder(
                Cases.class.getName() + "#greets[\"ada\"]", Cases.class.getName() + "#greets[\"grace\"]",
                Cases.class.getName() + "#waves", Cases.class.getName() + "#explains");
    }

    @Test
    void aPassedTestKeepsWhatItPublishedForTheTraineeToRead() {
        assertThat(run()).filteredOn(result -> result.test().endsWith("#explains")).singleElement()
                .satisfies(result -> assertThat(result.message()).isEqualTo("ada: greeted\ngrace: greeted"));
    }

    private List<TestResult> run() {
        Path results = dir.resolve("results.tsv");
        String before = System.getProperty(ResultsFile.PROPERTY);
        System.setProperty(ResultsFile.PROPERTY, results.toString());
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(Cases.class)).build());
        } finally {
            if (before == null) {
                System.clearProperty(ResultsFile.PROPERTY);
            } else {
                System.setProperty(ResultsFile.PROPERTY, before);
            }
        }
        return ResultsFile.read(results);
    }

    /** Run by the test above, not on their own: a nested class is no test class of its own for Surefire. */
    static class Cases {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ada", "grace"})
        void greets(String name) {
        }

        @Test
        void waves() {
        }

        @Test
        void explains(TestReporter trainee) {
            trainee.publishEntry("audit", "ada: greeted\ngrace: greeted");
        }
    }
}
