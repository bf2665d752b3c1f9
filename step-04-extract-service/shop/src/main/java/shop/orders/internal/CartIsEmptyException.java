package shop.orders.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Nothing to check out: answered as a 422 problem. */
class CartIsEmptyException extends ErrorResponseException {

    CartIsEmptyException(String customerId) {
        super(HttpStatus.UNPROCESSABLE_CONTENT);
        setTitle("Cart is empty");
        setDetail("The cart of customer " + customerId + " has nothing to check out.");
    }
}
