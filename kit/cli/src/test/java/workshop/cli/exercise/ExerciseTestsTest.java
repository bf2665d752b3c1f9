package workshop.cli.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.cli.Fixtures;
import workshop.cli.TestRepo;
import workshop.cli.workspace.Step;
import workshop.support.exercise.ExerciseId;

class ExerciseTestsTest {

    @TempDir
    Path dir;

    @Test
    void finds_exercise_tests_on_methods_and_classes_with_their_module() {
        Fixtures.copyStep("correct", dir, "step-01-correct");

        Map<ExerciseId, List<TestClass>> tests = ExerciseTests.scan(step("step-01-correct"));

        assertThat(tests).containsOnlyKeys(new ExerciseId("01", 1), new ExerciseId("01", 2));
        assertThat(tests.get(new ExerciseId("01", 1))).containsExactly(new TestClass("greeter", "fixture.GreeterTest"));
        assertThat(tests.get(new ExerciseId("01", 2))).containsExactly(new TestClass("greeter", "fixture.FarewellTest"));
    }

    @Test
    void a_step_folder_that_is_its_own_module_has_an_empty_module_path() {
        Fixtures.copyStep("early", dir, "step-01-early");

        Map<ExerciseId, List<TestClass>> tests = ExerciseTests.scan(step("step-01-early"));

        assertThat(tests.get(new ExerciseId("01", 1))).containsExactly(new TestClass("", "fixture.CounterTest"));
    }

    @Test
    void ignores_tests_in_solutions_and_build_output() {
        TestRepo repo = TestRepo.at(dir);
        String test = "package x;\n@workshop.support.exercise.Exercise(value = \"01.3\")\nclass T {}\n";
        repo.write("step-01-a/pom.xml", "<project/>").write("step-01-a/m/pom.xml", "<project/>")
                .write("step-01-a/solutions/01.3/m/pom.xml", "<project/>")
                .write("step-01-a/solutions/01.3/m/src/test/java/x/T.java", test)
                .write("step-01-a/m/target/generated-test-sources/src/test/java/x/T.java", test);

        assertThat(ExerciseTests.scan(step("step-01-a"))).isEmpty();

        repo.write("step-01-a/m/src/test/java/x/T.java", test);
        assertThat(ExerciseTests.scan(step("step-01-a"))).containsOnlyKeys(new ExerciseId("01", 3));
    }

    private Step step(String folder) {
        return Step.at(dir.resolve(folder)).orElseThrow();
    }
}
