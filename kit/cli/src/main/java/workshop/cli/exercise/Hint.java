package workshop.cli.exercise;

/** One hint level of an exercise, from a {@code <details><summary>Hint N: title</summary>} block. */
public record Hint(int level, String title, String body) {
}
