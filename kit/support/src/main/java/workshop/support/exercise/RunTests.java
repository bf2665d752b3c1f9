package workshop.support.exercise;

import java.util.Arrays;
import java.util.List;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the named test classes on the JUnit Platform, as Surefire does: what {@code ./workshop check} launches when
 * nothing but Java sources changed since Maven last built the step. {@link ExerciseFilter} and
 * {@link ExerciseResults} come in through {@code META-INF/services}, as in a Maven run, so the selection and the
 * results file are the same.
 * <p>
 * The classes after {@code --then} (the public API scenarios that ran beside an exercise's tests) run only when every
 * test before it passed, in the same JVM, so they reuse its Spring contexts. While an exercise still fails, its
 * verdict cannot be done whatever they say, and the trainee waits for the exercise's tests alone.
 */
public final class RunTests {

    private RunTests() {
    }

    static final String THEN = "--then";

    public static void main(String[] arguments) {
        List<String> all = Arrays.asList(arguments);
        int then = all.indexOf(THEN);
        if (run(then < 0 ? all : all.subList(0, then)) && then >= 0) {
            run(all.subList(then + 1, all.size()));
        }
        // Web servers and pools the tests started would keep the JVM alive; their shutdown hooks still run.
        System.exit(0);
    }

    /** Whether every test of the classes that ran passed (or was filtered out). */
    static boolean run(List<String> testClasses) {
        if (testClasses.isEmpty()) {
            return true;
        }
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(testClasses.stream().map(DiscoverySelectors::selectClass).toList())
                .build(), summary);
        TestExecutionSummary outcome = summary.getSummary();
        return outcome.getTotalFailureCount() == 0 && outcome.getTestsAbortedCount() == 0;
    }
}
