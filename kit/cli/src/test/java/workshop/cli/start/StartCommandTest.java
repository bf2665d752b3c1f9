package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import workshop.cli.Fixtures;
import workshop.cli.Io;
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
    void takes_an_option_of_the_step_as_two_arguments_or_one_and_the_default_without_it() {
        Workspace workspace = new Workspace(dir);

        assertThat(StartCommand.variant(workspace, List.of("07", "--ledger", "local")).chosen())
                .isEqualTo(Map.of("ledger", "local"));
        assertThat(StartCommand.variant(workspace, List.of("--ledger=local", "07")).chosen())
                .isEqualTo(Map.of("ledger", "local"));
        assertThat(StartCommand.variant(workspace, List.of("07")).chosen()).isEqualTo(Map.of("ledger", "remote"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "07 --ledger inside               ; start 07 knows --ledger remote|local, not --ledger inside",
            "07 --ledger=inside --demo-only   ; start 07 knows --ledger remote|local, not --ledger=inside",
            "07 --ledgr local                 ; start 07 knows --ledger remote|local, not --ledgr local",
            "07 --ledger                      ; start 07 knows --ledger remote|local, not --ledger",
            "07 --ledger local --ledger local ; start 07 takes --ledger once",
    })
    void an_option_the_step_does_not_declare_gets_one_line_and_the_usage_with_the_steps_options(String commandLine,
            String reason) {
        assertThat(start.run(List.of(commandLine.split(" ")))).isEqualTo(2);
        assertThat(output()).isEqualTo("workshop: " + reason + "\n"
                + "usage: ./workshop start 07 [--ledger remote|local] [--demo-only]   (the first value is the default; "
                + "--demo-only: place the demo order, print the table, then stop)\n");
    }

    @Test
    void a_step_without_options_takes_none() {
        Path file = dir.resolve("step-07-fixture/step.properties");
        Io.unchecked(() -> Files.writeString(file, Files.readString(file).replaceAll("option\\..*\n", "")));

        assertThat(start.run(List.of("07", "--ledger", "local", "--demo-only"))).isEqualTo(2);
        assertThat(output()).isEqualTo("workshop: start 07 knows no options, not --ledger local\n"
                + "usage: ./workshop start SS [--demo-only]   (--demo-only: place the demo order, print the table, "
                + "then stop)\n");
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
