package workshop.cli.start;

import java.util.List;

import workshop.cli.start.trace.TraceUi;
import workshop.support.database.WorkshopDatabase;

/**
 * Work done with a step's shop while it runs as {@code start} runs it, such as a benchmark's load: after the demo
 * order, instead of waiting for Ctrl-C. Everything stops when the visit returns.
 */
public interface ShopVisit {

    /** Arguments a service's JVM gets after its own, such as a Spring property the visit needs. */
    List<String> serviceArguments(String service);

    /** @return the exit code of the start */
    int visit(UpShop shop);

    /** A service of the running shop and its JVM. */
    record Service(String name, int port, long pid) {
    }

    /**
     * @param publicApiService the name of the service that serves the public API
     * @param traceUi          where the services' spans go
     */
    record UpShop(int publicApiPort, List<Service> services, WorkshopDatabase database, String publicApiService,
            TraceUi traceUi) {
    }
}
