package workshop.support.exercise;

import java.util.Arrays;

import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the named test classes on the JUnit Platform, as Surefire does: what {@code ./workshop check} launches when
 * nothing but Java sources changed since Maven last built the step. {@link ExerciseFilter} and
 * {@link ExerciseResults} come in through {@code META-INF/services}, as in a Maven run, so the selection and the
 * results file are the same.
 */
public final class RunTests {

    private RunTests() {
    }

    public static void main(String[] testClasses) {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(testClasses).map(DiscoverySelectors::selectClass).toList())
                .build());
        // Web servers and pools the tests started would keep the JVM alive; their shutdown hooks still run.
        System.exit(0);
    }
}
