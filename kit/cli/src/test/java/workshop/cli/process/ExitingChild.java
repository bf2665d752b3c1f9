package workshop.cli.process;

/** A stand-in for a service's recording run: a JVM that loads a few classes and ends by itself. */
public final class ExitingChild {

    private ExitingChild() {
    }

    public static void main(String[] args) {
        System.out.println("child ran and ends");
    }
}
