package workshop.cli.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.TestRepo;

/**
 * {@code check} with this repository's Maven wrapper and root pom, on the correct fixture step: after one build by
 * Maven, a changed Java source is compiled and tested without Maven; anything else is built by Maven again.
 */
class DirectTestRunnerTest {

    private static final String LOG = ".workshop/logs/check-01.1.log";

    @TempDir
    Path dir;

    @Test
    void after_a_build_by_maven_a_changed_java_source_is_compiled_and_tested_without_it() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        assertThat(repo.run("check", "01.1")).isEqualTo(1);
        assertThat(repo.read(LOG)).doesNotContain("without Maven");

        repo.write(Fixtures.CORRECT_GREETER, repo.read(Fixtures.SOLVED_GREETER));
        int exitCode = repo.run("check", "01.1");

        assertThat(repo.output()).contains("✓ 01.1 Greet by name");
        assertThat(exitCode).isZero();
        assertThat(repo.read(LOG)).contains("[workshop] compiling " + dir.resolve("step-01-correct/greeter"))
                .contains("[workshop] running fixture.GreeterTest, then if they pass fixture.GreetingScenariosTest in "
                        + dir.resolve("step-01-correct/greeter") + " without Maven");
    }

    @Test
    void a_change_inside_a_method_compiles_only_its_file_and_a_changed_signature_compiles_the_module_and_its_tests() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        repo.run("check", "01.1");

        repo.write(Fixtures.CORRECT_GREETER, repo.read(Fixtures.SOLVED_GREETER));
        repo.run("check", "01.1");
        assertThat(repo.read(LOG)).contains("[workshop] compiled only Greeter.java: its classes kept their outline");

        repo.write(Fixtures.CORRECT_GREETER, repo.read(Fixtures.SOLVED_GREETER)
                .replace("public String greet(String name)", "public CharSequence greet(String name)"));
        repo.run("check", "01.1");
        String outlineChanged = ": a class's outline changed, or one it compiles against";
        Path greeter = dir.resolve("step-01-correct/greeter");
        assertThat(repo.read(LOG))
                .contains("[workshop] compiled all of " + greeter.resolve("src/main/java") + outlineChanged)
                .contains("[workshop] compiled all of " + greeter.resolve("src/test/java") + outlineChanged);
    }

    @Test
    void a_failing_exercise_says_first_which_earlier_one_it_builds_on_is_not_done() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");

        assertThat(repo.run("check", "01.2")).isEqualTo(1);

        assertThat(repo.output()).contains("✗ 01.2 Say goodbye")
                .contains("01.2 builds on 01.1, which is not done yet: ./workshop check 01.1");
    }

    @Test
    void an_exercise_solved_in_a_way_that_breaks_a_public_api_scenario_is_not_done() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        repo.run("check", "01.1");

        repo.write(Fixtures.CORRECT_GREETER, repo.read(Fixtures.SOLVED_GREETER)
                .replace("return \"Hello, \" + name + \"!\";", "return name.isEmpty() ? \"\" : \"Hello, \" + name + \"!\";"));
        int exitCode = repo.run("check", "01.1");

        assertThat(repo.output()).contains("✓ 01.1 Greet by name")
                .contains("but the shop's public API is broken: 1 of its scenarios that ran beside 01.1")
                .contains("GreetingScenariosTest#a_greeting_without_a_name_is_still_a_greeting");
        assertThat(exitCode).isEqualTo(1);
        assertThat(repo.read(".workshop/progress.properties")).contains("01.1=pending");
    }

    @Test
    void a_compile_error_is_shown_as_maven_shows_it() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        repo.run("check", "01.1");

        repo.write(Fixtures.CORRECT_GREETER,
                repo.read(Fixtures.CORRECT_GREETER).replace("return ", "return undefinedName + "));
        int exitCode = repo.run("check", "01.1");

        assertThat(exitCode).isEqualTo(1);
        assertThat(repo.output()).contains("01.1: the code does not compile")
                .contains("[ERROR] step-01-correct/greeter/src/main/java/fixture/Greeter.java:[")
                .contains("cannot find symbol");
    }

    @Test
    void a_changed_resource_is_copied_without_maven_and_a_changed_pom_is_built_by_maven() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        repo.run("check", "01.1");

        repo.write("step-01-correct/greeter/src/main/resources/greeting.txt", "Hello");
        repo.run("check", "01.1");

        assertThat(repo.read(LOG)).contains("[workshop] copying").doesNotContain("compiling");
        assertThat(repo.read("step-01-correct/greeter/target/classes/greeting.txt")).isEqualTo("Hello");

        repo.write("step-01-correct/greeter/pom.xml", repo.read("step-01-correct/greeter/pom.xml") + "\n");
        repo.run("check", "01.1");
        assertThat(repo.read(LOG)).as("a pom is Maven's to read").doesNotContain("without Maven");
    }

    @Test
    void a_deleted_resource_leaves_the_classes_whether_maven_builds_or_not() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        String greeting = "step-01-correct/greeter/src/main/resources/greeting.txt";
        String farewell = "step-01-correct/greeter/src/main/resources/farewell.txt";
        repo.write(greeting, "Hello").write(farewell, "Goodbye");
        repo.run("check", "01.1");

        repo.delete(greeting);
        repo.run("check", "01.1");
        assertThat(repo.read(LOG)).contains("[workshop] removing");
        assertThat(repo.exists("step-01-correct/greeter/target/classes/greeting.txt")).isFalse();

        repo.delete(farewell);
        repo.write("step-01-correct/greeter/pom.xml", repo.read("step-01-correct/greeter/pom.xml") + "\n");
        repo.run("check", "01.1");
        assertThat(repo.read(LOG)).doesNotContain("without Maven");
        assertThat(repo.exists("step-01-correct/greeter/target/classes/farewell.txt"))
                .as("Maven's resources plugin removes nothing itself").isFalse();
    }

    @Test
    void a_deleted_java_source_leaves_no_class_behind() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        repo.run("check", "01.1");
        String source = "step-01-correct/greeter/src/main/java/fixture/Wave.java";
        repo.write(source, "package fixture;\n\nclass Wave {\n}\n");
        repo.run("check", "01.1");
        assertThat(repo.exists("step-01-correct/greeter/target/classes/fixture/Wave.class")).isTrue();

        repo.delete(source);
        repo.run("check", "01.1");

        assertThat(repo.exists("step-01-correct/greeter/target/classes/fixture/Wave.class"))
                .as("a class whose source a reset deleted would still be found on the classpath").isFalse();
        assertThat(repo.exists("step-01-correct/greeter/target/classes/fixture/Greeter.class")).isTrue();
    }

    @Test
    void the_check_that_builds_with_maven_prepares_the_class_data_the_next_checks_start_from() {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        repo.run("check", "01.1");
        assertThat(repo.output()).contains("Preparing the tests' class data");

        repo.run("check", "01.1");

        assertThat(repo.output()).doesNotContain("Preparing");
        assertThat(repo.read("step-01-correct/greeter/target/workshop/test-jvm.args")).contains("-XX:SharedArchiveFile=");
    }
}
