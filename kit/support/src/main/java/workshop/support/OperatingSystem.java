package workshop.support;

/** The one place the kit asks which operating system it runs on. */
public final class OperatingSystem {

    private OperatingSystem() {
    }

    public static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase().startsWith("windows");
    }
}
