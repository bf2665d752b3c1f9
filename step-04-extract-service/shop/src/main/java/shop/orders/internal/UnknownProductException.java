package shop.orders.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A product in the cart that the catalog or pricing does not know (any more): answered as a 404 problem. */
class UnknownProductException extends ErrorResponseException {

    UnknownProductException(String sku) {
        super(HttpStatus.NOT_FOUND);
        setTitle("Unknown product");
        setDetail("There is no product " + sku + " in the catalog.");
    }
}
