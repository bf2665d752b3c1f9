package workshop.cli.runner;

import java.nio.file.Path;
import java.util.List;

import workshop.cli.exercise.Exercise;
import workshop.cli.workspace.Step;

/** Runs the tests of a step's exercises and reads what they left in the step's results files. */
public interface TestRunner {

    /**
     * Only the given exercises' tests: only their modules (and what those depend on), only the classes holding them,
     * and within those only the tests of {@code selector}, which kit-support's JUnit filter reads from
     * {@code workshop.exercises} (an exercise id like {@code 01.2} or a step like {@code 01}). The output goes to the
     * log.
     */
    TestRun run(Step step, List<Exercise> exercises, String selector, Path log);
}
