package workshop.cli.start;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import workshop.cli.workspace.Application;

/**
 * Launches the services a few at a time and waits until each one's {@code /actuator/health} says UP, or one of them
 * dies, or time runs out.
 */
public record Health(Http http) {

    /** Often enough that the next service is launched soon after one is healthy. */
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    /** Which service did not make it, and how. */
    record Failure(RunningService service, String problem) {
    }

    /**
     * Launches the services at most {@code atOnce} at a time, the next as soon as one before it is healthy; empty when
     * all are up. Each service has {@code timeout} from its own launch. {@code onReady} hears of each service as it
     * becomes healthy.
     */
    Optional<Failure> startAll(List<Application> services, Function<Application, RunningService> launch, int atOnce,
            Duration timeout, Consumer<RunningService> onReady) {
        Deque<Application> waiting = new ArrayDeque<>(services);
        // Each starting service with its deadline, in the order they were launched.
        Map<RunningService, Instant> starting = new LinkedHashMap<>();
        while (!waiting.isEmpty() || !starting.isEmpty()) {
            while (starting.size() < atOnce && !waiting.isEmpty()) {
                starting.put(launch.apply(waiting.removeFirst()), Instant.now().plus(timeout));
            }
            for (Map.Entry<RunningService, Instant> entry : List.copyOf(starting.entrySet())) {
                RunningService service = entry.getKey();
                if (!service.process().isAlive()) {
                    return Optional.of(new Failure(service,
                            "exited with code " + service.process().exitCode() + " before it was healthy"));
                }
                if (isUp(service)) {
                    starting.remove(service);
                    onReady.accept(service);
                } else if (Instant.now().isAfter(entry.getValue())) {
                    return Optional.of(new Failure(service, "was not healthy after " + timeout.toSeconds() + " s"));
                }
            }
            if (starting.size() == atOnce || waiting.isEmpty()) {
                pause();
            }
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

    public static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
