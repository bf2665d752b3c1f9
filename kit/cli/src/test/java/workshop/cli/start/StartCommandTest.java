package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.workspace.Workspace;

class StartCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private StartCommand start;

    @BeforeEach
    void repositoryWithADeclaredStep() {
        Fixtures.copy(Fixtures.dir("declared"), dir);
        start = new StartCommand(new Workspace(dir), new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void needs_exactly_one_step() {
        assertThat(start.run(List.of())).isEqualTo(2);
        assertThat(start.run(List.of("07", "08"))).isEqualTo(2);
        assertThat(output()).contains("start takes one step").contains("usage: ./workshop start SS [--demo-only]");
    }

    @Test
    void names_the_steps_it_knows_for_one_it_does_not() {
        assertThat(start.run(List.of("01", "--demo-only"))).isEqualTo(2);
        assertThat(output()).contains("start knows step(s) 07, not 01");
    }

    @Test
    void knows_only_the_steps_that_have_a_step_file() {
        Fixtures.copyStep("correct", dir, "step-01-correct");

        assertThat(StartCommand.steps(new Workspace(dir))).containsExactly("07");
    }

    private String output() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
