package workshop.cli.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DoctorCommandTest {

    @Test
    void names_the_ports_in_their_order_with_runs_of_consecutive_ports_as_ranges() {
        assertThat(DoctorCommand.listed(List.of(8080, 8081, 8082, 4318, 9411, 16686)))
                .isEqualTo("8080-8082, 4318, 9411 and 16686");
        assertThat(DoctorCommand.listed(List.of(8080))).isEqualTo("8080");
    }
}
