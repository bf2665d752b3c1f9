package workshop.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registered commands by name, and the usage text that lists them in that order. */
final class Commands {

    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final List<String> synopses = new ArrayList<>();

    /**
     * @param arguments   the arguments as the usage shows them, e.g. {@code SS.E|SS}; empty when there are none
     * @param description one line for the usage
     */
    Commands register(String name, String arguments, String description, Command command) {
        byName.put(name, command);
        synopses.add(String.format("  %-20s %s", (name + " " + arguments).trim(), description));
        return this;
    }

    Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    String usage() {
        return "usage: ./workshop [command] (default: status)\n" + String.join(System.lineSeparator(), synopses);
    }
}
