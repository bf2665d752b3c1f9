package shop.cart;

import java.util.function.Supplier;

import org.springframework.web.client.RestClientException;

/**
 * A call to another service. When it fails, the failure names that service, so the problem the caller gets can
 * say which one it was (see {@link ProblemRelay}).
 */
final class ServiceCall {

    private ServiceCall() {
    }

    static <T> T to(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (RestClientException failure) {
            throw new ServiceCallFailed(service, failure);
        }
    }
}
