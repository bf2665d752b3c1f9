package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

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
}
