package workshop.support.exercise;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
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

    @Test
    void aTestFactoryWhoseSetUpFailsIsOneFailedTest() {
        assertThat(run(FactoryThatCannotStart.class)).singleElement().satisfies(result -> {
            assertThat(result.test()).isEqualTo(FactoryThatCannotStart.class.getName() + "#makesCases");
            assertThat(result.failed()).isTrue();
            assertThat(result.message()).isEqualTo("the shop is not there");
        });
    }

    @Test
    void theTestsAndFactoriesOfAClassWhoseSetUpFailsFailToo() {
        assertThat(run(ClassThatCannotStart.class)).extracting(TestResult::test, TestResult::failed)
                .containsExactlyInAnyOrder(
                        tuple(ClassThatCannotStart.class.getName() + "#makesCases", true),
                        tuple(ClassThatCannotStart.class.getName() + "#waves", true));
    }

    private List<TestResult> run() {
        return run(Cases.class);
    }

    private List<TestResult> run(Class<?> testClass) {
        Path results = dir.resolve("results.tsv");
        String before = System.getProperty(ResultsFile.PROPERTY);
        System.setProperty(ResultsFile.PROPERTY, results.toString());
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(testClass)).build());
        } finally {
            if (before == null) {
                System.clearProperty(ResultsFile.PROPERTY);
            } else {
                System.setProperty(ResultsFile.PROPERTY, before);
            }
        }
        return ResultsFile.read(results);
    }

    /** Run by the tests above, not on their own: a nested class is no test class of its own for Surefire. */
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

    static class FactoryThatCannotStart {

        @BeforeEach
        void openTheShop() {
            throw new AssertionError("the shop is not there");
        }

        @TestFactory
        Stream<DynamicTest> makesCases() {
            return Stream.of(DynamicTest.dynamicTest("a case", () -> { }));
        }
    }

    static class ClassThatCannotStart {

        @BeforeAll
        static void openTheShop() {
            throw new AssertionError("the shop is not there");
        }

        @TestFactory
        Stream<DynamicTest> makesCases() {
            return Stream.of(DynamicTest.dynamicTest("a case", () -> { }));
        }

        @Test
        void waves() {
        }
    }
}
