package workshop.support.ports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for servers whose address must be known before they start: services that call each other, an
 * application that calls itself.
 * <p>
 * They come from below every system's ephemeral range (Linux 32768-60999, macOS and Windows 49152-65535). A port the
 * system hands out for {@code new ServerSocket(0)} lies in that range, and between closing that socket and the server
 * binding the port, any outgoing connection may take it as its local end: a test JVM that starts eleven services
 * opens dozens of database connections in that time, and one of them did. Below the range only a listener can take a
 * port, and the random first candidate keeps test JVMs running side by side from trying the same ports in turn.
 */
public final class FreePorts {

    static final int LOWEST = 10000;
    static final int HIGHEST = 32767;

    private FreePorts() {
    }

    /** {@code count} different ports that nothing listens on now. */
    public static List<Integer> take(int count) {
        int candidates = HIGHEST - LOWEST + 1;
        int first = ThreadLocalRandom.current().nextInt(candidates);
        List<Integer> ports = new ArrayList<>();
        for (int tried = 0; tried < candidates && ports.size() < count; tried++) {
            int port = LOWEST + (first + tried) % candidates;
            if (canBind(port)) {
                ports.add(port);
            }
        }
        if (ports.size() < count) {
            throw new IllegalStateException("only " + ports.size() + " of " + count + " ports between " + LOWEST
                    + " and " + HIGHEST + " are free");
        }
        return ports;
    }

    private static boolean canBind(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
