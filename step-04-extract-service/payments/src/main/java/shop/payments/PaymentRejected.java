package shop.payments;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Payments refused the request itself (a field it does not accept, a missing credential): asking again gives the same
 * answer, so the shop reports it instead of retrying.
 */
public class PaymentRejected extends ErrorResponseException {

    public PaymentRejected(String reason) {
        super(HttpStatus.BAD_GATEWAY);
        getBody().setTitle("Payments refused the request");
        getBody().setDetail(reason);
    }
}
