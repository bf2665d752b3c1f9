package shop.shipping;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

/**
 * Shipping as it is, with a switch for tests: the next booking to a city can be refused, as if the carrier took no
 * parcels there for a moment. Only that city's: a parcel of an earlier test, still on its way to the carrier, is not
 * refused in its place. {@code ShopTest} puts it in place of the real one for every test, so all test classes share
 * one context. It remembers the orders it was asked to book, so that a test can tell which of two contexts booked a
 * parcel (they share the database).
 */
@Primary
public class RefusingShipping extends Shipping {

    private final AtomicReference<String> refusedCity = new AtomicReference<>();

    private final Set<String> askedToBook = ConcurrentHashMap.newKeySet();

    RefusingShipping(@Qualifier("shippingJdbc") JdbcClient jdbc) {
        super(jdbc);
    }

    /** Refuses the next booking of a parcel to this city. */
    public void refuseNextBookingTo(String city) {
        refusedCity.set(city);
    }

    /** Whether the booking the switch was set for has been refused by now. */
    public boolean refusedIt() {
        return refusedCity.get() == null;
    }

    /** Whether this carrier, rather than another context's, was asked to book the order's parcel. */
    public boolean wasAskedToBook(String orderId) {
        return askedToBook.contains(orderId);
    }

    @Override
    public Shipment book(ShipmentRequest request) {
        askedToBook.add(request.orderId());
        String refused = refusedCity.get();
        if (request.address().city().equals(refused) && refusedCity.compareAndSet(refused, null)) {
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
