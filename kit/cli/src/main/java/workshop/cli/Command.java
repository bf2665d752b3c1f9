package workshop.cli;

import java.util.List;

/**
 * One {@code ./workshop} sub-command. New commands (such as a step's {@code start}) implement this and are registered
 * in {@link Workshop#commands}, with the name and the synopsis the usage shows.
 */
@FunctionalInterface
public interface Command {

    /**
     * Runs the command. Returns the exit code: 0 when all went well, 1 when something failed. Throws
     * {@link UsageException} for a bad argument, which the CLI turns into exit code 2 and the usage.
     */
    int run(List<String> arguments);

    /** The argument of a command that takes exactly one; else a {@link UsageException} giving the reason. */
    static String onlyArgument(List<String> arguments, String reason) {
        if (arguments.size() != 1) {
            throw new UsageException(reason);
        }
        return arguments.get(0);
    }
}
