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
    void reads_the_hints_of_a_section_in_order_with_their_titles_and_bodies() {
        assertThat(readme.section(FIRST).orElseThrow().hints()).containsExactly(
                new Hint(1, "where", "Look at `Greeter.greet`."),
                new Hint(2, "how", "```java\nreturn \"Hello, \" + name + \"!\";\n```"));
    }

    @Test
    void a_section_ends_at_the_next_heading_of_level_three_or_less() {
        assertThat(readme.section(SECOND).orElseThrow().hints())
                .extracting(Hint::title)
                .containsExactly("the only one");
    }

    @Test
    void a_hash_line_in_a_code_block_is_no_heading() {
        StepReadme parsed = StepReadme.parse("""
                ### 02.1 Count
                ```bash
                # a shell comment
                ```
                <details><summary>Hint 1: still here</summary>inside</details>
                """);

        assertThat(parsed.section(new ExerciseId("02", 1)).orElseThrow().hints())
                .containsExactly(new Hint(1, "still here", "inside"));
    }

    @Test
    void deeper_headings_stay_inside_the_section() {
        StepReadme parsed = StepReadme.parse("""
                ### 02.1 Count
                #### Background
                <details><summary>Hint 1: a</summary>b</details>
                """);

        assertThat(parsed.section(new ExerciseId("02", 1)).orElseThrow().hints()).hasSize(1);
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
