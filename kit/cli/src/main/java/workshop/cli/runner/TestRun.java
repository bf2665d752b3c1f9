package workshop.cli.runner;

import java.nio.file.Path;

import workshop.cli.exercise.Results;

/**
 * How a run of a step's tests ended.
 *
 * @param built   false when the code did not compile, or the build broke before the tests; the log says why
 * @param results what the tests left in the step's results files
 */
public record TestRun(boolean built, Path log, Results results) {
}
