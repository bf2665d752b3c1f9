package workshop.cli.process;

/** A stand-in for a service in process tests: a JVM that runs until it is stopped. */
public final class SleepingChild {

    private SleepingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("child is up");
        Thread.sleep(Long.MAX_VALUE);
    }
}
