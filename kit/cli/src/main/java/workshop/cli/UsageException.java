package workshop.cli;

/**
 * A command line the CLI cannot act on: the message says why in one line, and the CLI adds the usage, unless the
 * message already says all there is to say (an exercise that does not exist, and the ones that do).
 */
public final class UsageException extends RuntimeException {

    private final boolean showsUsage;

    public UsageException(String reason) {
        this(reason, true);
    }

    private UsageException(String reason, boolean showsUsage) {
        super(reason);
        this.showsUsage = showsUsage;
    }

    public static UsageException withoutUsage(String reason) {
        return new UsageException(reason, false);
    }

    public boolean showsUsage() {
        return showsUsage;
    }
}
