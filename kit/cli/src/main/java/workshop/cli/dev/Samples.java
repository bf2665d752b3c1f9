package workshop.cli.dev;

import java.util.List;
import java.util.Locale;

/** Figures of repeated runs, sorted: their least, median and greatest. */
record Samples(List<Double> sorted) {

    static Samples of(List<Double> values) {
        return new Samples(values.stream().sorted().toList());
    }

    boolean isEmpty() {
        return sorted.isEmpty();
    }

    double min() {
        return sorted.get(0);
    }

    double max() {
        return sorted.get(sorted.size() - 1);
    }

    /** For an even number of runs, the mean of the middle two. */
    double median() {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Seconds with one decimal; milliseconds and megabytes as whole numbers. */
    String format(double value, String unit) {
        return unit.equals(" s") ? String.format(Locale.ROOT, "%.1f s", value)
                : String.format(Locale.ROOT, "%,d%s", Math.round(value), unit);
    }
}
