package workshop.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void the_median_of_an_odd_number_of_runs_is_the_middle_one() {
        Samples samples = Samples.of(List.of(12.4, 9.8, 10.3));

        assertThat(samples.min()).isEqualTo(9.8);
        assertThat(samples.median()).isEqualTo(10.3);
        assertThat(samples.max()).isEqualTo(12.4);
    }

    @Test
    void the_median_of_an_even_number_of_runs_is_the_mean_of_the_middle_two() {
        assertThat(Samples.of(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    }

    @Test
    void seconds_have_one_decimal_and_megabytes_none() {
        Samples samples = Samples.of(List.of(1787.4));

        assertThat(samples.format(35.66, " s")).isEqualTo("35.7 s");
        assertThat(samples.format(samples.max(), " MB")).isEqualTo("1,787 MB");
    }
}
