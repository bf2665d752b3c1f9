package shop.orders.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** This version of the cart is already an order, or is becoming one: answered as a 409 problem. */
class CartCheckedOutException extends ErrorResponseException {

    CartCheckedOutException(String customerId) {
        super(HttpStatus.CONFLICT);
        setTitle("Cart already checked out");
        setDetail("The cart of customer " + customerId + " is already being checked out, or was: change the cart to"
                + " order again.");
    }
}
