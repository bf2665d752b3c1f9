package shop.orders.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** More units in the cart than the inventory has left: answered as a 409 problem, as the inventory answers it. */
class OutOfStockException extends ErrorResponseException {

    OutOfStockException(String sku, int wanted, int available) {
        super(HttpStatus.CONFLICT);
        setTitle("Out of stock");
        setDetail(wanted + " units of " + sku + " wanted, " + available + " in stock.");
    }
}
