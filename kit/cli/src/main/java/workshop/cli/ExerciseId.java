package workshop.cli;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An exercise number such as {@code 03.2}: the step ({@code 03}) and the task within it ({@code 2}).
 * Compared numerically, so {@code 01.10} comes after {@code 01.9}.
 */
record ExerciseId(String step, int number) implements Comparable<ExerciseId> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})\\.(\\d{1,3})");

    private static final Comparator<ExerciseId> ORDER =
            Comparator.comparing(ExerciseId::step).thenComparingInt(ExerciseId::number);

    static Optional<ExerciseId> parse(String text) {
        Matcher matcher = FORMAT.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ExerciseId(matcher.group(1), Integer.parseInt(matcher.group(2))));
    }

    @Override
    public int compareTo(ExerciseId other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return step + "." + number;
    }
}
