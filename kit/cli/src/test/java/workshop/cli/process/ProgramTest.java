package workshop.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramTest {

    @TempDir
    Path dir;

    @Test
    void a_run_writes_a_new_log_and_an_appending_run_adds_to_it() throws Exception {
        Path log = dir.resolve("logs/run.log");
        Files.createDirectories(log.getParent());
        Files.writeString(log, "from before\n");

        assertThat(StandIns.exiting(dir).run(log)).isZero();
        assertThat(Files.readAllLines(log)).containsExactly("child ran and ends");

        assertThat(StandIns.exiting(dir).runAppending(log)).isZero();
        assertThat(Files.readAllLines(log)).containsExactly("child ran and ends", "child ran and ends");
    }

    @Test
    void the_output_of_a_tool_is_captured() {
        assertThat(StandIns.exiting(dir).output(Duration.ofMinutes(1)))
                .hasValueSatisfying(output -> assertThat(new String(output, StandardCharsets.UTF_8).strip())
                        .isEqualTo("child ran and ends"));
    }

    @Test
    void a_tool_that_is_missing_or_too_slow_has_no_output() {
        assertThat(Program.of(dir, List.of("no-such-tool-in-the-workshop")).output(Duration.ofSeconds(5))).isEmpty();
        assertThat(StandIns.sleeping(dir).output(Duration.ofMillis(300))).isEmpty();
    }
}
