package shop.payments;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Payments could not be reached, failed, or did not answer in time. Whether it charged is unknown; asking again for
 * the same order is safe, since the order id is the charge's idempotency key.
 */
public class PaymentsUnavailable extends ErrorResponseException {

    public PaymentsUnavailable(String reason, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, cause);
        getBody().setTitle("Payments is unavailable");
        getBody().setDetail(reason);
    }
}
