package workshop.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The registered commands by name, in the order the usage text lists them. */
final class Commands {

    private final Map<String, Command> byName = new LinkedHashMap<>();

    Commands register(Command command) {
        byName.put(command.name(), command);
        return this;
    }

    Optional<Command> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    String usage() {
        StringBuilder usage = new StringBuilder("usage: ./workshop [command] (default: status)\n");
        for (Command command : byName.values()) {
            String synopsis = (command.name() + " " + command.arguments()).trim();
            usage.append(String.format("  %-20s %s%n", synopsis, command.description()));
        }
        return usage.toString().stripTrailing();
    }
}
