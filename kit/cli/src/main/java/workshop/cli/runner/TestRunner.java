package workshop.cli.runner;

import java.nio.file.Path;
import java.util.List;

import workshop.cli.exercise.Exercise;
import workshop.cli.workspace.Step;

/**
 * Runs exercises' tests and reads how they ended from the results files. {@link MavenTestRunner} builds with Maven;
 * {@link DirectTestRunner} compiles and launches the tests itself whenever Maven's last build left it what it needs,
 * and asks Maven otherwise.
 */
public interface TestRunner {

    /**
     * Runs only the given exercises' tests, and within them only those of {@code selector} (an exercise id like
     * {@code 01.2} or a step like {@code 01}), with the output in {@code log}.
     */
    TestRun run(Step step, List<Exercise> exercises, String selector, Path log);
}
