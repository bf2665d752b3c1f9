package shop.shipping;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.ErrorResponseException;

/**
 * Shipping as it is, with a switch for tests: while {@link #refusingWhile} runs, every booking fails as if the
 * carrier were down. While that or {@link #watchingWhile} runs, shipping notes what it saw of the checkout that
 * asked for the booking, up to the end of the checkout's transaction. {@code ShopTest} puts it in place of the real
 * one for every test (exercise 02.4 uses the switch), so that all test classes share one application context.
 */
@Primary
public class RefusingShipping extends Shipping {

    /**
     * One booking, and what the checkout did around it, as the booking thread sees it. The tables are named
     * {@code schema.table}.
     *
     * @param refused           whether the booking was refused
     * @param inTransaction     whether the booking ran inside a transaction
     * @param paid              whether the order's payment was captured, as far as that transaction (or none) sees
     * @param writtenAfterwards the tables the transaction wrote to after the booking, up to its commit or rollback
     */
    public record Booking(String orderId, boolean refused, boolean inTransaction, boolean paid,
            List<String> writtenAfterwards) {
    }

    /**
     * The rows each table gained, changed or lost on this connection, counted by PostgreSQL. The counts may include
     * transactions the connection ran just before, but they grow within a transaction only by what that transaction
     * writes: the difference between two readings in one transaction leaves out whatever other connections,
     * threads or transactions wrote meanwhile.
     */
    private static final String WRITTEN_ON_THIS_CONNECTION = """
            select schemaname || '.' || relname as written_table, n_tup_ins + n_tup_upd + n_tup_del as written_rows
            from pg_stat_xact_user_tables
            where n_tup_ins + n_tup_upd + n_tup_del > 0
            """;

    private final List<Booking> bookings = new CopyOnWriteArrayList<>();

    private final JdbcClient jdbc;

    private final JdbcClient payments;

    private volatile boolean watching;

    private volatile boolean refusing;

    RefusingShipping(@Qualifier("shippingJdbc") JdbcClient jdbc, @Qualifier("paymentsJdbc") JdbcClient payments) {
        super(jdbc);
        this.jdbc = jdbc;
        this.payments = payments;
    }

    /** Runs the action while every booking is refused; answers the bookings refused meanwhile. */
    public List<Booking> refusingWhile(Runnable action) {
        refusing = true;
        try {
            return watchingWhile(action);
        } finally {
            refusing = false;
        }
    }

    /** Runs the action; answers the bookings made meanwhile. */
    public List<Booking> watchingWhile(Runnable action) {
        bookings.clear();
        watching = true;
        try {
            action.run();
        } finally {
            watching = false;
        }
        return List.copyOf(bookings);
    }

    @Override
    public Shipment book(ShipmentRequest request) {
        if (refusing) {
            note(request.orderId(), true);
            throw new CarrierUnavailable();
        }
        Shipment shipment = super.book(request);
        if (watching) {
            note(request.orderId(), false);
        }
        return shipment;
    }

    /** Notes the booking now, or at the end of its transaction, once it is known what the transaction wrote after. */
    private void note(String orderId, boolean refused) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        boolean paid = paid(orderId);
        if (!inTransaction) {
            bookings.add(new Booking(orderId, refused, false, paid, List.of()));
            return;
        }
        Map<String, Long> writtenByBooking = writtenOnThisConnection();
        TransactionSynchronizationManager.registerSynchronization(atTheEnd(() -> {
            Map<String, Long> writtenByTheEnd = writtenOnThisConnection();
            List<String> writtenAfterwards = writtenByTheEnd.entrySet().stream()
                    .filter(written -> written.getValue() > writtenByBooking.getOrDefault(written.getKey(), 0L))
                    .map(Map.Entry::getKey).sorted().toList();
            bookings.add(new Booking(orderId, refused, true, paid, writtenAfterwards));
        }));
    }

    /** Runs just before the transaction commits or rolls back, while its connection still sees what it wrote. */
    private static TransactionSynchronization atTheEnd(Runnable action) {
        return new TransactionSynchronization() {
            @Override
            public void beforeCompletion() {
                action.run();
            }
        };
    }

    private Map<String, Long> writtenOnThisConnection() {
        return jdbc.sql(WRITTEN_ON_THIS_CONNECTION).query().listOfRows().stream()
                .collect(Collectors.toMap(row -> (String) row.get("written_table"),
                        row -> ((Number) row.get("written_rows")).longValue()));
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
