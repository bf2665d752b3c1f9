package workshop.support.ports;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortsTest {

    @Test
    void a_port_with_a_listener_is_in_use_and_free_again_once_it_closes() throws Exception {
        int port;
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
            port = listener.getLocalPort();

            assertThat(Ports.inUse(port)).isTrue();
        }
        assertThat(Ports.inUse(port)).isFalse();
    }

    @Test
    void connections_of_a_server_that_just_stopped_do_not_hold_its_port() throws Exception {
        int port;
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress("127.0.0.1", 0));
            port = listener.getLocalPort();
            try (Socket client = new Socket("127.0.0.1", port); Socket served = listener.accept()) {
                served.close(); // the server side closes first, so its end waits in TIME_WAIT
                client.getInputStream().read();
            }
        }

        assertThat(Ports.inUse(port)).isFalse();
    }

    @Test
    void the_shops_ports_are_different_bindable_and_below_every_ephemeral_range() throws Exception {
        List<Integer> ports = Ports.free(11);

        assertThat(ports).hasSize(11).doesNotHaveDuplicates()
                .allSatisfy(port -> assertThat(port).isBetween(Ports.LOWEST_FREE, Ports.HIGHEST_FREE));
        for (int port : ports) {
            try (ServerSocket server = new ServerSocket()) {
                server.bind(new InetSocketAddress(port));
            }
        }
    }

    @Test
    void a_port_with_a_listener_is_never_handed_out() throws Exception {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(Ports.free(1).get(0)));

            for (int attempt = 0; attempt < 200; attempt++) {
                assertThat(Ports.free(100)).doesNotContain(listener.getLocalPort());
            }
        }
    }
}
