package workshop.cli.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.TestRepo;
import workshop.cli.process.Program;
import workshop.cli.workspace.Baseline;
import workshop.cli.workspace.Git;
import workshop.cli.workspace.Saves;

class ResetCommandTest {

    private static final String STEP = "step-01-correct/";
    private static final String GREETER = STEP + "greeter/src/main/java/fixture/Greeter.java";
    private static final String OBSOLETE = STEP + "greeter/src/main/java/fixture/Obsolete.java";
    private static final String FAREWELLS = STEP + "greeter/src/main/java/fixture/Farewells.java";
    private static final String MINE = STEP + "greeter/src/main/java/fixture/Mine.java";

    @TempDir
    Path dir;

    private TestRepo repo;

    @Test
    void reset_of_a_step_brings_back_the_starting_code_and_saves_every_file_before_deleting_it() throws IOException {
        cloneWithBaseline();
        String startingGreeter = repo.read(GREETER);
        repo.write(GREETER, "changed\n").write(MINE, "class Mine {}\n");
        Files.delete(dir.resolve(OBSOLETE));

        assertThat(repo.run("reset", "01")).isZero();

        assertThat(repo.read(GREETER)).isEqualTo(startingGreeter);
        assertThat(repo.exists(OBSOLETE)).isTrue();
        assertThat(repo.exists(MINE)).isFalse();
        Path save = onlySave();
        assertThat(Files.readString(save.resolve(MINE))).as("the deleted file was saved first").isEqualTo("class Mine {}\n");
        assertThat(Files.readString(save.resolve(GREETER))).isEqualTo("changed\n");
        assertThat(Files.readString(save.resolve(Saves.MANIFEST))).contains("absent " + OBSOLETE);
        assertThat(repo.output()).contains("deleted " + MINE).contains("./workshop restore");
    }

    @Test
    void reset_of_a_step_leaves_its_solutions_and_ignored_build_output_alone() {
        cloneWithBaseline();
        repo.write(STEP + "solutions/01.1/notes.txt", "kept\n").write(STEP + "greeter/target/classes/x.class", "kept\n");

        repo.run("reset", "01");

        assertThat(repo.read(STEP + "solutions/01.1/notes.txt")).isEqualTo("kept\n");
        assertThat(repo.read(STEP + "greeter/target/classes/x.class")).isEqualTo("kept\n");
    }

    @Test
    void reset_of_an_exercise_undoes_the_files_its_solution_touches() {
        cloneWithBaseline();
        String startingGreeter = repo.read(GREETER);
        repo.run("solve", "01.2");

        assertThat(repo.run("reset", "01.2")).isZero();

        assertThat(repo.read(GREETER)).isEqualTo(startingGreeter);
        assertThat(repo.exists(FAREWELLS)).isFalse();
        assertThat(repo.exists(OBSOLETE)).isTrue();
    }

    @Test
    void reset_goes_back_to_the_recorded_baseline_even_after_the_trainee_commits() {
        cloneWithBaseline();
        String startingGreeter = repo.read(GREETER);
        repo.write(GREETER, "committed work\n");
        git("commit", "-q", "-am", "my work");

        repo.run("reset", "01.1");

        assertThat(repo.read(GREETER)).isEqualTo(startingGreeter);
    }

    @Test
    void after_a_pull_reset_goes_back_to_the_starting_code_the_pull_brought(@TempDir Path workshop) {
        Fixtures.copyStep("correct", workshop, "step-01-correct");
        gitIn(workshop, "init", "-q");
        gitIn(workshop, "add", ".");
        gitIn(workshop, "commit", "-q", "-m", "starting code");
        gitIn(dir, "clone", "-q", workshop.toString(), ".");
        repo = TestRepo.at(dir);
        new Baseline(repo.workspace(), new Git(dir)).recordIfMissing();
        TestRepo.at(workshop).write(GREETER, "starting code, fixed\n");
        gitIn(workshop, "commit", "-q", "-am", "a fix of the starting code");
        git("pull", "-q", "--no-rebase");
        repo.write(GREETER, "committed work\n");
        git("commit", "-q", "-am", "my work");

        repo.run("reset", "01.1");

        assertThat(repo.read(GREETER)).isEqualTo("starting code, fixed\n");
    }

    @Test
    void reset_of_a_step_the_starting_commit_does_not_have_deletes_nothing() {
        repo = TestRepo.at(dir);
        repo.write("README.md", "a workshop\n").write(".gitignore", "target/\n.workshop/\n");
        git("init", "-q");
        git("add", ".");
        git("commit", "-q", "-m", "before step 01");
        new Baseline(repo.workspace(), new Git(dir)).recordIfMissing();
        Fixtures.copyStep("correct", dir, "step-01-correct");
        git("add", ".");
        git("commit", "-q", "-m", "step 01");

        assertThat(repo.run("reset", "01")).isEqualTo(1);

        assertThat(repo.exists(GREETER)).isTrue();
        assertThat(repo.output().lines()).singleElement().asString()
                .contains("has no step-01-correct, so reset would delete all of it");
    }

    @Test
    void without_git_reset_explains_why_in_one_line() {
        repo = TestRepo.at(dir);
        Fixtures.copyStep("correct", dir, "step-01-correct");

        assertThat(repo.run("reset", "01")).isEqualTo(1);

        assertThat(repo.output().lines()).singleElement().asString().contains("reset needs git");
    }

    private void cloneWithBaseline() {
        repo = TestRepo.at(dir);
        Fixtures.copyStep("correct", dir, "step-01-correct");
        repo.write(".gitignore", "target/\n.workshop/\n");
        git("init", "-q");
        git("add", ".");
        git("commit", "-q", "-m", "starting code");
        new Baseline(repo.workspace(), new Git(dir)).recordIfMissing();
    }

    private void git(String... arguments) {
        gitIn(dir, arguments);
    }

    private static void gitIn(Path folder, String... arguments) {
        List<String> command = Stream.concat(
                Stream.of("git", "-c", "user.name=Trainee", "-c", "user.email=trainee@example.org", "-c", "commit.gpgsign=false"),
                Stream.of(arguments)).toList();
        assertThat(Program.of(folder, command).output(Duration.ofMinutes(1))).as(String.join(" ", command)).isPresent();
    }

    private Path onlySave() throws IOException {
        try (Stream<Path> saves = Files.list(dir.resolve(".workshop/saves"))) {
            return saves.reduce((a, b) -> {
                throw new AssertionError("more than one save");
            }).orElseThrow();
        }
    }
}
