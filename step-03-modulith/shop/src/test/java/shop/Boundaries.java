package shop;

/**
 * The shop's boundary rules, in one place: {@code ModularityTest} runs them against the shop, and exercise 03.1
 * runs them against the fixtures (small code bases with planted violations) to prove that each rule is real.
 */
final class Boundaries {

    private Boundaries() {
    }

    /**
     * Fails, with a message naming the offending class, when the code in the package of {@code application} and
     * below breaks one of the rules; returns quietly when it keeps them all.
     */
    static void verify(Class<?> application) {
        // Exercise 03.1: Spring Modulith's rules, then ArchUnit rules for what Spring Modulith does not check.
    }
}
