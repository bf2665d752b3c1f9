package workshop.cli.dev;

import java.util.function.Supplier;

import workshop.cli.Console;

/** Counts verify's checks and prints each mismatch, by name, as it happens. */
final class Tally {

    private final Console console;
    private int passed;
    private int failed;

    Tally(Console console) {
        this.console = console;
    }

    /** One check: counts it, and when it does not hold prints what is wrong. */
    void check(boolean holds, Supplier<String> mismatch) {
        if (holds) {
            passed++;
        } else {
            failed++;
            console.println("  " + console.failed(mismatch.get()));
        }
    }

    void fail(String mismatch) {
        check(false, () -> mismatch);
    }

    int passed() {
        return passed;
    }

    int failed() {
        return failed;
    }

    String summary() {
        return passed + " passed, " + failed + " failed";
    }
}
