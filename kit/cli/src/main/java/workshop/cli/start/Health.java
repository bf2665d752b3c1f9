package workshop.cli.start;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Waits until every service's {@code /actuator/health} says UP, or one of them dies, or time runs out. */
final class Health {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final Http http;

    Health(Http http) {
        this.http = http;
    }

    /** Which service did not make it, and how. */
    record Failure(RunningService service, String problem) {
    }

    /** Empty when all are up; {@code onReady} hears of each service as it becomes healthy. */
    Optional<Failure> awaitAll(List<RunningService> services, Duration timeout, Consumer<RunningService> onReady) {
        Instant deadline = Instant.now().plus(timeout);
        List<RunningService> starting = new ArrayList<>(services);
        while (!starting.isEmpty()) {
            for (RunningService service : List.copyOf(starting)) {
                if (!service.process().isAlive()) {
                    return Optional.of(new Failure(service,
                            "exited with code " + service.process().exitCode() + " before it was healthy"));
                }
                if (isUp(service)) {
                    starting.remove(service);
                    onReady.accept(service);
                }
            }
            if (!starting.isEmpty() && Instant.now().isAfter(deadline)) {
                return Optional.of(new Failure(starting.get(0),
                        "was not healthy after " + timeout.toSeconds() + " s"));
            }
            pause();
        }
        return Optional.empty();
    }

    /** Boot answers 200 only when the overall status is UP (503 when DOWN), and says so in the body. */
    static boolean isUp(int status, String body) {
        return status == 200 && UP.matcher(body).find();
    }

    private boolean isUp(RunningService service) {
        return http.get(service.healthUrl(), Duration.ofSeconds(1))
                .filter(response -> isUp(response.status(), response.body()))
                .isPresent();
    }

    static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
