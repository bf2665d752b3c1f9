package shop.shipping;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.ErrorResponseException;

/**
 * Shipping as it is, with a switch for tests: while {@link #refusingWhile} runs, every booking fails as if the
 * carrier were down, and shipping notes what it saw of the checkout at that moment. {@code ShopTest} puts it in
 * place of the real one for every test (exercise 02.4 uses the switch), so that all test classes share one
 * application context.
 */
@Primary
public class RefusingShipping extends Shipping {

    /**
     * One booking refused, and what the checkout had done by then, as the refusing thread sees it.
     *
     * @param inTransaction whether the booking ran inside a transaction
     * @param paid          whether the order's payment was captured, as far as that transaction (or none) sees
     */
    public record Refusal(String orderId, boolean inTransaction, boolean paid) {
    }

    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();

    private final JdbcClient payments;

    private volatile boolean refusing;

    RefusingShipping(@Qualifier("shippingJdbc") JdbcClient jdbc, @Qualifier("paymentsJdbc") JdbcClient payments) {
        super(jdbc);
        this.payments = payments;
    }

    /** Runs the action while every booking is refused; answers the bookings refused meanwhile. */
    public List<Refusal> refusingWhile(Runnable action) {
        refusals.clear();
        refusing = true;
        try {
            action.run();
        } finally {
            refusing = false;
        }
        return List.copyOf(refusals);
    }

    @Override
    public Shipment book(ShipmentRequest request) {
        if (refusing) {
            refusals.add(new Refusal(request.orderId(),
                    TransactionSynchronizationManager.isActualTransactionActive(), paid(request.orderId())));
            throw new CarrierUnavailable();
        }
        return super.book(request);
    }

    private boolean paid(String orderId) {
        return payments.sql("select count(*) from payments where order_id = ? and status = 'CAPTURED'")
                .param(orderId).query(Long.class).single() > 0;
    }

    static class CarrierUnavailable extends ErrorResponseException {

        CarrierUnavailable() {
            super(HttpStatus.SERVICE_UNAVAILABLE);
            getBody().setTitle("Carrier unavailable");
            getBody().setDetail("The carrier takes no bookings right now.");
        }
    }
}
