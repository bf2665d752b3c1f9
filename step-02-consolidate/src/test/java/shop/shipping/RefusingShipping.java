package shop.shipping;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

/**
 * Shipping as it is, with a switch for tests: while {@link #refusingWhile} runs, every booking fails as if the
 * carrier were down. {@code ShopTest} puts it in place of the real one for every test (exercise 02.4 uses the
 * switch), so that all test classes share one application context.
 */
@Primary
public class RefusingShipping extends Shipping {

    private final List<String> refusedOrders = new CopyOnWriteArrayList<>();

    private volatile boolean refusing;

    RefusingShipping(@Qualifier("shippingJdbc") JdbcClient jdbc) {
        super(jdbc);
    }

    /** Runs the action while every booking is refused; answers the ids of the orders refused meanwhile. */
    public List<String> refusingWhile(Runnable action) {
        refusedOrders.clear();
        refusing = true;
        try {
            action.run();
        } finally {
            refusing = false;
        }
        return List.copyOf(refusedOrders);
    }

    @Override
    public Shipment book(ShipmentRequest request) {
        if (refusing) {
            refusedOrders.add(request.orderId());
            throw new CarrierUnavailable();
        }
        return super.book(request);
    }

    static class CarrierUnavailable extends ErrorResponseException {

        CarrierUnavailable() {
            super(HttpStatus.SERVICE_UNAVAILABLE);
            getBody().setTitle("Carrier unavailable");
            getBody().setDetail("The carrier takes no bookings right now.");
        }
    }
}
