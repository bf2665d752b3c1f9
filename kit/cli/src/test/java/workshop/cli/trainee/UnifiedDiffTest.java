package workshop.cli.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equal_texts_have_no_hunks() {
        assertThat(UnifiedDiff.hunks(List.of("a", "b"), List.of("a", "b"))).isEmpty();
    }

    @Test
    void a_changed_line_shows_with_three_lines_of_context() {
        List<String> before = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
        List<String> after = List.of("1", "2", "3", "4", "five", "6", "7", "8", "9");

        assertThat(UnifiedDiff.hunks(before, after)).containsExactly(
                "@@ -2,7 +2,7 @@", " 2", " 3", " 4", "-5", "+five", " 6", " 7", " 8");
    }

    @Test
    void changes_far_apart_get_their_own_hunks() {
        List<String> before = List.of("a", "1", "2", "3", "4", "5", "6", "7", "8", "z");
        List<String> after = List.of("A", "1", "2", "3", "4", "5", "6", "7", "8", "Z");

        assertThat(UnifiedDiff.hunks(before, after)).containsExactly(
                "@@ -1,4 +1,4 @@", "-a", "+A", " 1", " 2", " 3",
                "@@ -7,4 +7,4 @@", " 6", " 7", " 8", "-z", "+Z");
    }

    @Test
    void a_new_file_is_all_additions() {
        assertThat(UnifiedDiff.hunks(List.of(), List.of("x", "y"))).containsExactly("@@ -0,0 +1,2 @@", "+x", "+y");
    }

    @Test
    void a_deleted_file_is_all_removals() {
        assertThat(UnifiedDiff.hunks(List.of("x"), List.of())).containsExactly("@@ -1,1 +0,0 @@", "-x");
    }

    @Test
    void an_inserted_line_keeps_the_lines_around_it() {
        assertThat(UnifiedDiff.hunks(List.of("a", "c"), List.of("a", "b", "c")))
                .containsExactly("@@ -1,2 +1,3 @@", " a", "+b", " c");
    }
}
