package workshop.cli.process;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The stand-in JVMs of the process tests, {@link SleepingChild} and {@link ExitingChild}, as programs to run. They
 * are kept apart from the stand-ins themselves, whose JVMs have only the test classes on their classpath.
 */
public final class StandIns {

    private StandIns() {
    }

    /** Starts a sleeping child in the folder, with its output in {@code logs/<name>.log} there. */
    public static ChildProcess startSleeping(Path dir, String name) {
        return sleeping(dir).start(name, dir.resolve("logs/" + name + ".log"));
    }

    static Program sleeping(Path dir) {
        return Program.java(dir, List.of("-cp", testClasses(), SleepingChild.class.getName()));
    }

    static Program exiting(Path dir) {
        return Program.java(dir, List.of("-cp", testClasses(), ExitingChild.class.getName()));
    }

    private static String testClasses() {
        try {
            return Path.of(StandIns.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
