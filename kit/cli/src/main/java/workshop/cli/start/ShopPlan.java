package workshop.cli.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What {@code ./workshop start SS} runs for one step: the step's folder and its services, each started as a JVM
 * of its own. A step that runs as one deployable is a plan with one service, whose module is the step folder itself.
 */
record ShopPlan(String step, Path stepDir, List<ServiceSpec> services) {

    /** The public API listens here in every step, so the demo order is the same for all of them. */
    static final int PUBLIC_API_PORT = 8080;

    private record Layout(String folder, List<ServiceSpec> services) {
    }

    private static final Map<String, Layout> LAYOUTS = Map.of(
            "01", new Layout("step-01-microservices", List.of(
                    ServiceSpec.named("gateway", PUBLIC_API_PORT),
                    ServiceSpec.named("catalog", 8081),
                    ServiceSpec.named("pricing", 8082),
                    ServiceSpec.named("inventory", 8083),
                    ServiceSpec.named("cart", 8084),
                    ServiceSpec.named("orders", 8085),
                    ServiceSpec.named("payments", 8086),
                    ServiceSpec.named("shipping", 8087),
                    ServiceSpec.named("customers", 8088),
                    ServiceSpec.named("notifications", 8089),
                    ServiceSpec.named("recommendations", 8090))),
            "02", new Layout("step-02-consolidate", List.of(
                    new ServiceSpec("shop", PUBLIC_API_PORT, "", "shop.ShopApplication"))));

    static Optional<ShopPlan> forStep(Path root, String step) {
        return Optional.ofNullable(LAYOUTS.get(step))
                .map(layout -> new ShopPlan(step, root.resolve(layout.folder()), layout.services()));
    }

    /** The steps {@code start} can run, in order. */
    static List<String> steps() {
        return List.copyOf(new TreeSet<>(LAYOUTS.keySet()));
    }

    Path moduleDir(ServiceSpec service) {
        return stepDir.resolve(service.module());
    }
}
