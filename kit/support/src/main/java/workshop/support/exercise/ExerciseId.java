package workshop.support.exercise;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.platform.engine.support.descriptor.MethodSource;

/** An exercise number {@code SS.E}: step {@code SS}, exercise {@code E}. */
public record ExerciseId(String step, int number) implements Comparable<ExerciseId> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})\\.(\\d{1,2})");

    public static ExerciseId parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not an exercise number like 01.1"));
    }

    /** The exercise a text names, or empty when it is no exercise number: for input that may be anything. */
    public static Optional<ExerciseId> tryParse(String text) {
        var matcher = FORMAT.matcher(text.trim());
        return matcher.matches()
                ? Optional.of(new ExerciseId(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    /**
     * The exercise of the test method a JUnit source points at, if it has one: the method's own {@link Exercise}, else
     * its test class's (or an enclosing one's). The test class is the one that ran it, which is not the method's own
     * when a test class inherits its tests (a kit-support suite's default methods).
     */
    public static Optional<ExerciseId> of(MethodSource source) {
        try {
            return annotationOn(source.getJavaMethod()).or(() -> onClassOrEnclosing(source.getJavaClass()));
        } catch (RuntimeException notLoadable) {
            return Optional.empty();
        }
    }

    private static Optional<ExerciseId> onClassOrEnclosing(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            Optional<ExerciseId> onType = annotationOn(type);
            if (onType.isPresent()) {
                return onType;
            }
        }
        return Optional.empty();
    }

    private static Optional<ExerciseId> annotationOn(AnnotatedElement element) {
        return Optional.ofNullable(element.getAnnotation(Exercise.class)).map(exercise -> parse(exercise.value()));
    }

    /** Whether this exercise is named by a selector: its own number ({@code 01.2}) or its step's ({@code 01}). */
    public boolean isSelectedBy(String selector) {
        String trimmed = selector.trim();
        return trimmed.equals(step) || trimmed.equals(toString());
    }

    @Override
    public int compareTo(ExerciseId other) {
        int byStep = step.compareTo(other.step);
        return byStep != 0 ? byStep : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return step + "." + number;
    }
}
