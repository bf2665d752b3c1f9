package workshop.cli.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import workshop.cli.Fixtures;

class HintsFileTest {

    @Test
    void reads_the_hints_in_order_with_their_titles_and_bodies() {
        HintsFile hints = HintsFile.read(Fixtures.dir("correct").resolve("hints/01.1.md"));

        assertThat(hints.hints()).containsExactly(
                new Hint(1, "where", "Look at `Greeter.greet`."),
                new Hint(2, "how", "```java\nreturn \"Hello, \" + name + \"!\";\n```"));
    }

    @Test
    void the_text_before_the_first_hint_is_no_hint_and_a_deeper_heading_stays_inside_its_hint() {
        HintsFile hints = HintsFile.parse("""
                # 02.1 Count: hints

                Read one at a time.

                ## Hint 1: where
                ### The class
                In `Counter`.
                ```bash
                ## a shell comment, not a hint
                ```
                ## Hint 2: how
                Add one.
                """);

        assertThat(hints.hints()).extracting(Hint::title).containsExactly("where", "how");
        assertThat(hints.hints().get(0).body()).startsWith("### The class").endsWith("```");
    }

    @Test
    void an_exercise_without_a_hints_file_has_no_hints() {
        assertThat(HintsFile.read(Path.of("no/such/hints/01.1.md")).hints()).isEmpty();
    }
}
