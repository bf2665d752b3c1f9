package workshop.cli;

import java.util.List;

/**
 * One {@code ./workshop} sub-command. New commands (such as a step's {@code start}) implement this and
 * are registered in {@link Workshop#commands}.
 */
public interface Command {

    /** The word typed after {@code ./workshop}. */
    String name();

    /** The arguments as the usage text shows them, e.g. {@code SS.E|SS}; empty when there are none. */
    String arguments();

    /** One line for the usage text. */
    String description();

    /**
     * Runs the command. Returns the exit code: 0 when all went well, 1 when something failed. Throws
     * {@link UsageException} for a bad argument, which the CLI turns into exit code 2 and the usage.
     */
    int run(List<String> arguments);
}
