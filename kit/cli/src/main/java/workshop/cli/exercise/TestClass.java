package workshop.cli.exercise;

/**
 * A test class holding exercise tests: its fully qualified name and its Maven module, as a path relative
 * to the step folder ({@code orders}; empty when the step folder is the module itself).
 */
public record TestClass(String module, String name) {
}
