package workshop.cli;

/** A command line the CLI cannot act on: the message says why in one line; the CLI adds the usage. */
final class UsageException extends RuntimeException {

    UsageException(String reason) {
        super(reason);
    }
}
