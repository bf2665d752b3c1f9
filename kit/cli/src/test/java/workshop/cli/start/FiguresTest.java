package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiguresTest {

    @TempDir
    Path logDir;

    @Test
    void a_start_keeps_its_figures_as_data_for_bench() {
        Figures figures = new Figures(Duration.ofMillis(4412), OptionalLong.of(215), Duration.ofMillis(312), 201);

        figures.write(logDir, "02");

        assertThat(Figures.read(logDir)).contains(figures);
    }

    @Test
    void memory_the_operating_system_would_not_tell_stays_unknown() {
        new Figures(Duration.ofSeconds(26), OptionalLong.empty(), Duration.ofMillis(950), 502).write(logDir, "01");

        assertThat(Figures.read(logDir)).hasValueSatisfying(figures -> {
            assertThat(figures.memoryMegabytes()).isEmpty();
            assertThat(figures.checkoutStatus()).isEqualTo(502);
        });
    }

    @Test
    void a_start_that_fails_leaves_no_figures_of_an_earlier_one() {
        new Figures(Duration.ofSeconds(5), OptionalLong.of(200), Duration.ofMillis(300), 201).write(logDir, "02");

        Figures.discard(logDir);

        assertThat(Figures.read(logDir)).isEmpty();
    }
}
