package workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ExerciseIdTest {

    @Test
    void parses_step_and_number() {
        assertThat(ExerciseId.parse("03.2")).contains(new ExerciseId("03", 2));
        assertThat(ExerciseId.parse(" 01.10 ")).map(ExerciseId::toString).contains("01.10");
    }

    @Test
    void refuses_what_is_not_an_exercise_id() {
        assertThat(Stream.of("9.9", "01", "01.", "1.1", "01.a", "-", "").map(ExerciseId::parse))
                .allMatch(Optional::isEmpty);
    }

    @Test
    void orders_numerically() {
        List<ExerciseId> ids = Stream.of("01.10", "02.1", "01.9", "01.1")
                .map(text -> ExerciseId.parse(text).orElseThrow())
                .sorted()
                .toList();

        assertThat(ids).extracting(ExerciseId::toString).containsExactly("01.1", "01.9", "01.10", "02.1");
    }
}
