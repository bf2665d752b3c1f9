package workshop.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

/** What the CLI's small web servers ({@code slides}, {@code room}) share: how they answer, and their port option. */
public final class Served {

    private Served() {
    }

    /** Answers with the whole body; nothing is cached, since the pages change while they are shown. */
    public static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The port of {@code --port N}, or the command's default when it has no arguments. */
    public static int port(String command, List<String> arguments, int byDefault) {
        if (arguments.isEmpty()) {
            return byDefault;
        }
        if (arguments.size() != 2 || !arguments.get(0).equals("--port") || !arguments.get(1).matches("\\d{1,5}")
                || Integer.parseInt(arguments.get(1)) > 65535) {
            throw new UsageException(command + " takes nothing, or --port N (a port from 0 to 65535)");
        }
        return Integer.parseInt(arguments.get(1));
    }
}
