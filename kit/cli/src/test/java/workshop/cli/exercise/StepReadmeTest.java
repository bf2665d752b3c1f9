package workshop.cli.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import workshop.cli.Fixtures;
import workshop.support.exercise.ExerciseId;

class StepReadmeTest {

    private static final ExerciseId FIRST = new ExerciseId("01", 1);
    private static final ExerciseId SECOND = new ExerciseId("01", 2);

    private final StepReadme readme = StepReadme.parse(fixtureReadme());

    @Test
    void finds_every_exercise_section_with_its_title() {
        assertThat(readme.sections()).extracting(ExerciseSection::id).containsExactly(FIRST, SECOND);
        assertThat(readme.section(FIRST)).map(ExerciseSection::title).contains("Greet by name");
        assertThat(readme.section(SECOND)).map(ExerciseSection::title).contains("Say goodbye");
    }

    @Test
    void a_hash_line_in_a_code_block_is_no_heading() {
        StepReadme parsed = StepReadme.parse("""
                ```bash
                ### 02.1 a shell comment, not a section
                ```
                ### 02.2 Count
                """);

        assertThat(parsed.sections()).extracting(ExerciseSection::id).containsExactly(new ExerciseId("02", 2));
    }

    @Test
    void a_section_names_the_exercises_it_builds_on_in_a_line_of_its_own() {
        StepReadme parsed = StepReadme.parse("""
                ### 03.4 Data by events
                Mentions 03.1 in passing, which is no dependency.

                **Builds on:** 03.3, which publishes `OrderPlaced`, and 03.2.
                ### 03.5 No event lost
                """);

        assertThat(parsed.section(new ExerciseId("03", 4)).orElseThrow().buildsOn())
                .containsExactly(new ExerciseId("03", 3), new ExerciseId("03", 2));
        assertThat(parsed.section(new ExerciseId("03", 5)).orElseThrow().buildsOn()).isEmpty();
    }

    @Test
    void a_missing_readme_has_no_sections() {
        assertThat(StepReadme.read(Path.of("no/such/README.md")).sections()).isEmpty();
    }

    private static String fixtureReadme() {
        try {
            return Files.readString(Fixtures.dir("correct").resolve("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
