package workshop.cli.exercise;

/** One hint level of an exercise, a {@code ## Hint N: title} section of its {@link HintsFile}. */
public record Hint(int level, String title, String body) {
}
