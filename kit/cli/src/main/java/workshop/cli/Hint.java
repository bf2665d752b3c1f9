package workshop.cli;

/** One hint level of an exercise, from a {@code <details><summary>Hint N: title</summary>} block. */
record Hint(int level, String title, String body) {
}
