package workshop.cli;

/** A command line the CLI cannot act on: the message says why in one line; the CLI adds the usage. */
public final class UsageException extends RuntimeException {

    public UsageException(String reason) {
        super(reason);
    }
}
