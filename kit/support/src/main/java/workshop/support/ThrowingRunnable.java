package workshop.support;

/** An action a test measures, such as an HTTP call, which may throw. */
@FunctionalInterface
public interface ThrowingRunnable {

    void run() throws Exception;

    /** Runs the action; a checked exception comes back wrapped in an IllegalStateException. */
    static void runUnchecked(ThrowingRunnable action) {
        try {
            action.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
