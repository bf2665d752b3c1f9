package shop.gateway;

import java.util.function.Supplier;

import org.springframework.web.client.RestClientException;

/**
 * A call to one of the services behind the gateway. When it fails, the failure names that service, so the
 * problem the customer gets can say which one it was (see {@link ProblemRelay}).
 */
public final class ServiceCall {

    private ServiceCall() {
    }

    public static <T> T to(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (RestClientException failure) {
            throw new ServiceCallFailed(service, failure);
        }
    }
}
