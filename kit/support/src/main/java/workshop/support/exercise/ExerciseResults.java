package workshop.support.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes one line per finished test to {@code target/workshop/results.tsv} (or {@code -Dworkshop.results=file}),
 * which is what {@code ./workshop check}, {@code status} and {@code verify} read instead of Maven's log:
 * <pre>exercise TAB outcome TAB class#method TAB message</pre>
 * {@code exercise} is {@code -} for scaffolding tests; outcome is PASSED, FAILED, ABORTED or SKIPPED; the message
 * has tabs as spaces and line breaks as the two characters {@code \n}.
 */
public class ExerciseResults implements TestExecutionListener {

    static final String RESULTS_PROPERTY = "workshop.results";

    private Writer out;

    private TestPlan plan;

    private final Set<TestIdentifier> reported = ConcurrentHashMap.newKeySet();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        Path file = Path.of(System.getProperty(RESULTS_PROPERTY, "target/workshop/results.tsv"));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write test results to " + file, e);
        }
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest()) {
            write(test, "SKIPPED", reason);
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        String message = result.getThrowable().map(ExerciseResults::messageOf).orElse("");
        String outcome = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "PASSED"
                : result.getStatus().name();
        if (test.isTest()) {
            write(test, outcome, message);
        } else if (!outcome.equals("PASSED")) {
            // A class whose set-up failed never starts its tests; each of them failed all the same.
            plan.getDescendants(test).stream()
                    .filter(TestIdentifier::isTest)
                    .filter(descendant -> !reported.contains(descendant))
                    .forEach(descendant -> write(descendant, outcome, message));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void write(TestIdentifier test, String outcome, String message) {
        reported.add(test);
        Optional<MethodSource> method = test.getSource()
                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast);
        String exercise = method.flatMap(ExerciseId::of).map(ExerciseId::toString).orElse("-");
        String name = method.map(m -> m.getClassName() + "#" + m.getMethodName()).orElse(test.getDisplayName());
        try {
            out.write(String.join("\t", exercise, outcome, name, escape(message)) + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String messageOf(Throwable failure) {
        String message = failure.getMessage();
        return message == null ? failure.getClass().getName() : message;
    }

    static String escape(String message) {
        return message.replace("\r", "").replace("\t", " ").replace("\n", "\\n");
    }
}
