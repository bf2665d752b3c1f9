package shop.payments;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The card was declined: the customer pays another way; nothing was charged. */
public class PaymentDeclined extends ErrorResponseException {

    public PaymentDeclined(String orderId) {
        super(HttpStatus.PAYMENT_REQUIRED);
        getBody().setTitle("Payment declined");
        getBody().setDetail("The card was declined for order " + orderId + ".");
    }
}
