package shop;

import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the modules hold after a request, read from each module's own tables through the module's own JdbcClient:
 * wherever those tables live, in a database of their own or in a schema of the shop's one database.
 */
public final class ShopState {

    private final Function<String, JdbcClient> databases;

    ShopState(Function<String, JdbcClient> databases) {
        this.databases = databases;
    }

    public int available(String sku) {
        return databases.apply("inventory").sql("select available from stock where sku = ?")
                .param(sku).query(Integer.class).single();
    }

    public long reservationsFor(String orderId) {
        return databases.apply("inventory").sql("select count(*) from reservations where order_id = ?")
                .param(orderId).query(Long.class).single();
    }

    public List<Payment> paymentsFor(String orderId) {
        return databases.apply("payments")
                .sql("select id as payment_id, order_id, amount_cents, status from payments where order_id = ?")
                .param(orderId).query(Payment.class).list();
    }

    public List<Shipment> shipmentsFor(String orderId) {
        return databases.apply("shipping")
                .sql("select id as shipment_id, order_id, tracking_number, weight_grams from shipments"
                        + " where order_id = ?")
                .param(orderId).query(Shipment.class).list();
    }

    public long notificationsAbout(String orderId) {
        return databases.apply("notifications").sql("select count(*) from notifications where order_id = ?")
                .param(orderId).query(Long.class).single();
    }

    /** The orders stored under this id, placed or failed. */
    public long ordersWithId(String orderId) {
        return databases.apply("orders").sql("select count(*) from orders where order_id = ?")
                .param(orderId).query(Long.class).single();
    }

    /** The orders of a customer so far, whatever became of them. */
    public long ordersOf(String customerId) {
        return databases.apply("orders").sql("select count(*) from orders where customer_id = ?")
                .param(customerId).query(Long.class).single();
    }

    /** The orders placed for a customer so far. */
    public long placedOrdersOf(String customerId) {
        return databases.apply("orders").sql("select count(*) from orders where customer_id = ? and status = 'PLACED'")
                .param(customerId).query(Long.class).single();
    }

    /** A payment as the payments module keeps it. */
    public record Payment(String paymentId, String orderId, long amountCents, String status) {
    }

    /** A parcel as the shipping module booked it. */
    public record Shipment(String shipmentId, String orderId, String trackingNumber, int weightGrams) {
    }
}
