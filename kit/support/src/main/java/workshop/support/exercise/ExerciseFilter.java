package workshop.support.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * With {@code -Dworkshop.exercises=01.1,01.2} (or {@code =01}) the tests of other exercises do not run: those of the
 * selected exercises do, and so do the tests of no exercise in the classes the run picked (scaffolding, such as the
 * public API scenarios a check runs beside an exercise). Without the property every test runs. The JUnit Platform
 * finds this filter through {@code META-INF/services}.
 */
public class ExerciseFilter implements PostDiscoveryFilter {

    static final String SELECTION_PROPERTY = "workshop.exercises";

    private final List<String> selectors;

    public ExerciseFilter() {
        this(System.getProperty(SELECTION_PROPERTY, ""));
    }

    ExerciseFilter(String selection) {
        this.selectors = Arrays.stream(selection.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (selectors.isEmpty() || !descriptor.isTest()) {
            return FilterResult.included("no exercise selection applies");
        }
        Optional<ExerciseId> exercise = exerciseOf(descriptor);
        if (exercise.isEmpty()) {
            return FilterResult.included("a test of no exercise, in a class the run picked");
        }
        boolean selected = exercise.map(id -> selectors.stream().anyMatch(id::isSelectedBy)).orElse(false);
        return FilterResult.includedIf(selected,
                () -> "exercise " + exercise.orElseThrow() + " is selected",
                () -> "not one of the selected exercises " + selectors);
    }

    static Optional<ExerciseId> exerciseOf(TestDescriptor descriptor) {
        return descriptor.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .flatMap(ExerciseId::of);
    }
}
