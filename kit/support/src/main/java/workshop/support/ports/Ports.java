package workshop.support.ports;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Local ports: whether one is taken, and free ones for servers whose address must be known before they start. */
public final class Ports {

    static final int LOWEST_FREE = 10000;
    static final int HIGHEST_FREE = 32767;

    private Ports() {
    }

    /**
     * In use when something answers on it, or when it cannot be bound. Both are asked because some systems let a
     * wildcard bind succeed next to a listener on 127.0.0.1. The bind reuses the address as Tomcat does, so the
     * closed connections of a shop that just stopped (TIME_WAIT) do not count.
     */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException nothingAnswers) {
            // expected for a free port; binding tells the rest
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException taken) {
            return true;
        }
    }

    /**
     * {@code count} different ports that nothing listens on now, for services that call each other or an
     * application that calls itself.
     * <p>
     * They come from below every system's ephemeral range (Linux 32768-60999, macOS and Windows 49152-65535). A port
     * the system hands out for {@code new ServerSocket(0)} lies in that range, and between closing that socket and the
     * server binding the port, any outgoing connection may take it as its local end: a test JVM that starts eleven
     * services opens dozens of database connections in that time, and one of them did. Below the range only a
     * listener can take a port, and the random first candidate keeps test JVMs running side by side from trying the
     * same ports in turn.
     */
    public static List<Integer> free(int count) {
        int candidates = HIGHEST_FREE - LOWEST_FREE + 1;
        int first = ThreadLocalRandom.current().nextInt(candidates);
        List<Integer> ports = new ArrayList<>();
        for (int tried = 0; tried < candidates && ports.size() < count; tried++) {
            int port = LOWEST_FREE + (first + tried) % candidates;
            if (!inUse(port)) {
                ports.add(port);
            }
        }
        if (ports.size() < count) {
            throw new IllegalStateException("only " + ports.size() + " of " + count + " ports between " + LOWEST_FREE
                    + " and " + HIGHEST_FREE + " are free");
        }
        return ports;
    }
}
