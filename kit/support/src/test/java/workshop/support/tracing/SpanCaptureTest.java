package workshop.support.tracing;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.context.ContextSnapshotFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

import workshop.support.hops.ServedRequests;
import workshop.support.hops.ServedRequests.ServedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Two services in one JVM, as a step's end-to-end tests run them: their spans meet in one captured trace. */
class SpanCaptureTest {

    private static ConfigurableApplicationContext back;

    private static ConfigurableApplicationContext front;

    private static RestClient client;

    @BeforeAll
    static void startTwoServices() {
        back = start(Back.class, "back");
        front = start(Front.class, "front", "--back.url=http://localhost:" + port(back));
        client = RestClient.create("http://localhost:" + port(front));
    }

    @AfterAll
    static void stop() {
        front.close();
        back.close();
    }

    @Test
    void oneRequestAcrossTwoServicesIsOneTrace() {
        CapturedSpans spans = CapturedSpans.during(() -> client.get().uri("/sequential").retrieve().toBodilessEntity());

        assertThat(spans.traces()).hasSize(1);
        assertThat(spans.traces().get(0).services()).containsExactly("back", "front");
    }

    @Test
    void callsOneAfterAnotherAreSequentialHops() {
        CapturedTrace trace = CapturedSpans.during(() -> client.get().uri("/sequential").retrieve()
                .toBodilessEntity()).traces().get(0);

        assertThat(trace.clientSpans()).hasSize(3);
        assertThat(trace.sequentialHops()).isEqualTo(3);
    }

    @Test
    void callsMadeTogetherCountAsOneHop() {
        CapturedTrace trace = CapturedSpans.during(() -> client.get().uri("/parallel").retrieve()
                .toBodilessEntity()).traces().get(0);

        assertThat(trace.clientSpans()).hasSize(3);
        assertThat(trace.sequentialHops()).isEqualTo(2);
    }

    @Test
    void servedRequestsCountThePublicRequestAndEveryInternalHop() {
        List<ServedRequest> served = ServedRequests.during(() -> client.get().uri("/sequential").retrieve()
                .toBodilessEntity());

        assertThat(served).extracting(ServedRequest::toString)
                .containsExactly("front GET /sequential", "back GET /slow", "back GET /slow", "back GET /slow");
    }

    private static ConfigurableApplicationContext start(Class<?> application, String name, String... args) {
        String[] common = { "--spring.application.name=" + name, "--server.port=0",
                "--management.tracing.sampling.probability=1.0", "--management.otlp.metrics.export.enabled=false",
                "--spring.datasource.url=jdbc:postgresql://localhost:5432/" + name };
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(args))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(application).run(all);
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(BackController.class)
    static class Back {
    }

    @RestController
    static class BackController {

        @GetMapping("/slow")
        String slow() throws InterruptedException {
            Thread.sleep(50);
            return "done";
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(FrontController.class)
    static class Front {
    }

    @RestController
    static class FrontController {

        private final RestClient back;

        FrontController(RestClient.Builder traced, org.springframework.core.env.Environment environment) {
            this.back = traced.baseUrl(environment.getRequiredProperty("back.url")).build();
        }

        @GetMapping("/sequential")
        void sequential() {
            for (int call = 0; call < 3; call++) {
                callBack();
            }
        }

        @GetMapping("/parallel")
        void parallel() {
            var withContext = ContextSnapshotFactory.builder().build().captureAll();
            CompletableFuture<?> first = CompletableFuture.runAsync(withContext.wrap(this::callBack));
            CompletableFuture<?> second = CompletableFuture.runAsync(withContext.wrap(this::callBack));
            CompletableFuture.allOf(first, second).join();
            callBack();
        }

        private void callBack() {
            back.get().uri("/slow").retrieve().toBodilessEntity();
        }
    }
}
