package workshop.support.ports;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FreePortsTest {

    @Test
    void theShopsPortsAreDifferentBindableAndBelowEveryEphemeralRange() throws Exception {
        List<Integer> ports = FreePorts.take(11);

        assertThat(ports).hasSize(11).doesNotHaveDuplicates()
                .allSatisfy(port -> assertThat(port).isBetween(FreePorts.LOWEST, FreePorts.HIGHEST));
        for (int port : ports) {
            try (ServerSocket server = new ServerSocket()) {
                server.bind(new InetSocketAddress(port));
            }
        }
    }

    @Test
    void aPortWithAListenerIsNeverHandedOut() throws Exception {
        try (ServerSocket listener = new ServerSocket()) {
            listener.bind(new InetSocketAddress(FreePorts.take(1).get(0)));

            for (int attempt = 0; attempt < 200; attempt++) {
                assertThat(FreePorts.take(100)).doesNotContain(listener.getLocalPort());
            }
        }
    }
}
