package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthTest {

    @Test
    void up_means_200_and_an_overall_status_up() {
        assertThat(Health.isUp(200, "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}")).isTrue();
        assertThat(Health.isUp(503, "{\"status\":\"DOWN\"}")).isFalse();
        assertThat(Health.isUp(200, "<html>not actuator</html>")).isFalse();
    }

    @Test
    void a_service_that_exits_while_starting_is_named_at_once(@TempDir Path dir) throws Exception {
        ChildProcess exits = ChildProcess.start("orders", JavaCommand.of(List.of("-version")), dir, Map.of(),
                dir.resolve("orders.log"));
        while (exits.isAlive()) {
            Thread.sleep(50);
        }
        RunningService orders = new RunningService(new ServiceSpec("orders", freePort(), "orders", "x.Main"), exits);

        Optional<Health.Failure> failure = new Health(new Http()).awaitAll(List.of(orders), Duration.ofSeconds(30),
                up -> { });

        assertThat(failure).hasValueSatisfying(problem -> {
            assertThat(problem.service()).isEqualTo(orders);
            assertThat(problem.problem()).isEqualTo("exited with code 0 before it was healthy");
        });
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
