package shop.orders.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No order with that id: answered as a 404 problem. */
class UnknownOrderException extends ErrorResponseException {

    UnknownOrderException(String orderId) {
        super(HttpStatus.NOT_FOUND);
        setTitle("Unknown order");
        setDetail("There is no order " + orderId + ".");
    }
}
