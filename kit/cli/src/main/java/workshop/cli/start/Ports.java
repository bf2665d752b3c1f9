package workshop.cli.start;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Whether a local port is taken, asked before anything starts so a clash is one clear line, not a stack trace. */
public final class Ports {

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
}
