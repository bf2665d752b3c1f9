package workshop.cli.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.TestRepo;
import workshop.cli.dev.tax.TaxResults;

/** The decks say what the code and the bench say, and plan their time. */
class SlideChecksTest {

    private static final String RESERVATION = """
            package shop.inventory;

            record ReservationRequest(String orderId) {

                /** How many units of each product. */
                Map<String, Integer> quantityBySku() {
                    Map<String, Integer> quantities = new TreeMap<>();
                    lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
                    return quantities;
                }
            }
            """;

    private static final String SLIDE = """
            ---
            title: Inventory
            minutes: 1
            ---

            ## Sorted
            <!-- .slide: data-timing="60" -->

            <!-- snippet: shop/ReservationRequest.java#quantityBySku -->
            ```java
            Map<String, Integer> quantityBySku() {
                Map<String, Integer> quantities = new TreeMap<>();
                lines.forEach(line -> quantities.merge(line.sku(), line.quantity(), Integer::sum));
                return quantities;
            }
            ```

            Step 01: <!-- bench: 01 solved medianMillis -->69.1<!-- /bench --> ms.
            """;

    private static final Function<String, Optional<String>> BENCH =
            key -> Optional.ofNullable(Map.of("01 solved medianMillis", "69.1").get(key));

    @TempDir
    Path dir;

    @Test
    void a_deck_whose_code_and_numbers_are_those_of_the_repository_has_no_problem() {
        TestRepo.at(dir).write("shop/ReservationRequest.java", RESERVATION).write("slides/01-inventory.md", SLIDE);

        assertThat(SlideChecks.problems(dir, BENCH)).isEmpty();
    }

    @Test
    void a_snippet_that_no_longer_is_the_code_is_a_problem_that_shows_the_code() {
        TestRepo.at(dir).write("shop/ReservationRequest.java", RESERVATION.replace("TreeMap", "LinkedHashMap"))
                .write("slides/01-inventory.md", SLIDE);

        assertThat(SlideChecks.problems(dir, BENCH)).singleElement().asString()
                .startsWith("slides/01-inventory.md: the snippet shop/ReservationRequest.java#quantityBySku is not"
                        + " the code any more").contains("new LinkedHashMap<>()");
    }

    @Test
    void a_number_that_is_not_the_bench_s_and_a_plan_that_misses_the_minutes_are_problems() {
        TestRepo.at(dir).write("shop/ReservationRequest.java", RESERVATION).write("slides/01-inventory.md",
                SLIDE.replace("-->69.1<!--", "-->12.0<!--").replace("minutes: 1", "minutes: 5"));

        assertThat(SlideChecks.problems(dir, BENCH)).containsExactly(
                "slides/01-inventory.md: its slides plan 60 s, its front matter 5 min",
                "slides/01-inventory.md: 01 solved medianMillis is 12.0 on the slide, 69.1 in the bench's results:"
                        + " ./workshop bench tax writes both");
    }

    @Test
    void a_drawing_a_test_generates_into_a_readme_is_quoted_by_the_comment_before_it() {
        TestRepo.at(dir).write("README.md", "Text.\n\n<!-- modules of the shop -->\n```mermaid\nflowchart LR\n"
                        + "    orders --> payments\n```\n")
                .write("slides/01-modules.md", "---\ntitle: Modules\nminutes: 1\n---\n\n## The modules\n"
                        + "<!-- .slide: data-timing=\"60\" -->\n\n<!-- snippet: README.md#modules -->\n```mermaid\n"
                        + "flowchart LR\n    orders --> shipping\n```\n");

        assertThat(SlideChecks.problems(dir, BENCH)).singleElement().asString()
                .contains("the snippet README.md#modules is not the code any more").endsWith("orders --> payments");
    }

    @Test
    void the_bench_writes_its_numbers_into_the_slides() {
        TestRepo repo = TestRepo.at(dir).write("slides/01-inventory.md", SLIDE.replace("-->69.1<!--", "-->12.0<!--"));

        SlideChecks.updateBench(dir, BENCH);

        assertThat(repo.read("slides/01-inventory.md")).isEqualTo(SLIDE);
    }

    @Test
    void every_deck_of_the_workshop_is_true_to_its_code_and_its_bench_results() {
        Path root = TestRepo.workshopRoot();
        Optional<TaxResults> results = TaxResults.of(root);

        assertThat(SlideChecks.problems(root, key -> results.flatMap(found -> found.value(key)))).isEmpty();
    }
}
