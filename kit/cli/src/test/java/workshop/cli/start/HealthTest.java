package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.process.ChildProcess;
import workshop.cli.process.StandIns;
import workshop.cli.workspace.Application;

class HealthTest {

    @Test
    void up_means_200_and_an_overall_status_up() {
        assertThat(Health.isUp(200, "{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}")).isTrue();
        assertThat(Health.isUp(503, "{\"status\":\"DOWN\"}")).isFalse();
        assertThat(Health.isUp(200, "<html>not actuator</html>")).isFalse();
    }

    @Test
    void a_service_that_exits_while_starting_is_named_at_once(@TempDir Path dir) throws Exception {
        ChildProcess exits = JavaCommand.of(dir, List.of("-version")).start("orders", dir.resolve("orders.log"));
        while (exits.isAlive()) {
            Thread.sleep(50);
        }
        RunningService orders = new RunningService(new Application("orders", "orders", "x.Main", freePort()), exits);

        Optional<Health.Failure> failure = new Health(new Http()).startAll(List.of(orders.spec()), spec -> orders, 1,
                Duration.ofSeconds(30), up -> { });

        assertThat(failure).hasValueSatisfying(problem -> {
            assertThat(problem.service()).isEqualTo(orders);
            assertThat(problem.problem()).isEqualTo("exited with code 0 before it was healthy");
        });
    }

    @Test
    void the_next_service_is_launched_only_when_one_before_it_is_healthy(@TempDir Path dir) throws Exception {
        List<Application> services = List.of(new Application("catalog", "catalog", "x.Main", freePort()),
                new Application("pricing", "pricing", "x.Main", freePort()),
                new Application("orders", "orders", "x.Main", freePort()));
        List<ChildProcess> launched = new ArrayList<>();
        try {
            // Running, but never healthy: nothing answers on their ports.
            Optional<Health.Failure> failure = new Health(new Http()).startAll(services, spec -> {
                ChildProcess child = StandIns.startSleeping(dir, spec.name());
                launched.add(child);
                return new RunningService(spec, child);
            }, 2, Duration.ofSeconds(2), up -> { });

            assertThat(launched).extracting(ChildProcess::name).containsExactly("catalog", "pricing");
            assertThat(failure).hasValueSatisfying(problem -> {
                assertThat(problem.service().spec().name()).isEqualTo("catalog");
                assertThat(problem.problem()).isEqualTo("was not healthy after 2 s");
            });
        } finally {
            ChildProcess.stopAll(launched);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
