package workshop.support.exercise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import workshop.support.exercise.TestResult.Outcome;

/**
 * Writes every finished test of the run to the module's {@link ResultsFile}. A failed test's message is its failure; a
 * passed test's is what it published for the trainee to read through JUnit's {@code TestReporter} (e.g. the audit's
 * reasons), which {@code ./workshop check} shows under the verdict.
 */
public class ExerciseResults implements TestExecutionListener {

    private ResultsFile file;

    private TestPlan plan;

    private final Set<TestIdentifier> reported = ConcurrentHashMap.newKeySet();

    private final Map<TestIdentifier, List<String>> published = new ConcurrentHashMap<>();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        file = ResultsFile.create();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            write(test, Outcome.SKIPPED, reason);
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
        published.computeIfAbsent(test, key -> new CopyOnWriteArrayList<>()).addAll(entry.getKeyValuePairs().values());
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        String message = result.getThrowable().map(ExerciseResults::messageOf)
                .orElseGet(() -> String.join("\n", published.getOrDefault(test, List.of())));
        Outcome outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> Outcome.PASSED;
            case ABORTED -> Outcome.ABORTED;
            case FAILED -> Outcome.FAILED;
        };
        if (test.isTest()) {
            write(test, outcome, message);
        } else if (outcome != Outcome.PASSED) {
            if (isMethod(test)) {
                // A test factory (a method that makes tests) that failed itself, or in its set-up, before its cases.
                write(test, outcome, message);
            }
            // A class whose set-up failed never starts its tests, nor its factories: each failed all the same.
            plan.getDescendants(test).stream()
                    .filter(descendant -> descendant.isTest()
                            || isMethod(descendant) && plan.getChildren(descendant).isEmpty())
                    .filter(descendant -> !reported.contains(descendant))
                    .forEach(descendant -> write(descendant, outcome, message));
        }
    }

    private static boolean isMethod(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).isPresent();
    }

    private void write(TestIdentifier test, Outcome outcome, String message) {
        reported.add(test);
        Optional<MethodSource> method = test.getSource()
                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
        String name = method.map(m -> m.getClassName() + "#" + m.getMethodName() + caseOf(test))
                .orElse(test.getDisplayName());
        file.write(new TestResult(method.flatMap(ExerciseId::of), outcome, name, message));
    }

    /**
     * Which case of a parameterised (or other template) test this is, as its display name says; nothing for a plain
     * test. A case's parent is the template, a method; a plain test's parent is its class.
     */
    private String caseOf(TestIdentifier test) {
        boolean isCase = plan.getParent(test).filter(ExerciseResults::isMethod).isPresent();
        return isCase ? "[" + test.getDisplayName() + "]" : "";
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getName() : message;
    }
}
