package shop.cart;

import org.springframework.web.client.RestClientException;

/** A call to another service that did not get a useful answer: an error status, no connection or no answer in time. */
class ServiceCallFailed extends RuntimeException {

    private final String service;

    ServiceCallFailed(String service, RestClientException cause) {
        super(service + ": " + cause.getMessage(), cause);
        this.service = service;
    }

    String service() {
        return service;
    }

    @Override
    public RestClientException getCause() {
        return (RestClientException) super.getCause();
    }
}
