package shop.orders.internal;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The orders placed, with their lines. */
@Repository
class Orders {

    private final JdbcClient jdbc;

    Orders(@Qualifier("ordersJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an order with its lines, all or nothing. */
    @Transactional
    void save(Order order) {
        jdbc.sql("""
                        insert into orders (order_id, customer_id, status, total_cents, currency, payment_id,
                                            tracking_number, placed_at)
                        values (:orderId, :customerId, :status, :totalCents, :currency, :paymentId,
                                :trackingNumber, :placedAt)""")
                .param("orderId", order.orderId())
                .param("customerId", order.customerId())
                .param("status", order.status().name())
                .param("totalCents", order.totalCents())
                .param("currency", order.currency())
                .param("paymentId", order.paymentId())
                .param("trackingNumber", order.trackingNumber())
                .param("placedAt", Timestamp.from(order.placedAt()))
                .update();
        for (int lineNumber = 0; lineNumber < order.lines().size(); lineNumber++) {
            OrderLine line = order.lines().get(lineNumber);
            jdbc.sql("""
                            insert into order_lines (order_id, line_number, sku, name, quantity, unit_price_cents)
                            values (:orderId, :lineNumber, :sku, :name, :quantity, :unitPriceCents)""")
                    .param("orderId", order.orderId())
                    .param("lineNumber", lineNumber + 1)
                    .param("sku", line.sku())
                    .param("name", line.name())
                    .param("quantity", line.quantity())
                    .param("unitPriceCents", line.unitPriceCents())
                    .update();
        }
    }

    /** Whether the order still waits for its payment; false once it was paid or cancelled. */
    boolean awaitsPayment(String orderId) {
        return jdbc.sql("select exists (select 1 from orders where order_id = ? and status = 'PAYMENT_PENDING')")
                .param(orderId).query(Boolean.class).single();
    }

    /** A pending order was paid after all: it is placed now. */
    void paid(String orderId, String paymentId) {
        jdbc.sql("update orders set status = 'PLACED', payment_id = ? where order_id = ? and status = 'PAYMENT_PENDING'")
                .params(paymentId, orderId).update();
    }

    void cancel(String orderId) {
        jdbc.sql("update orders set status = 'CANCELLED' where order_id = ? and status = 'PAYMENT_PENDING'")
                .param(orderId).update();
    }

    /** One order; an unknown id is a 404 problem. */
    Order withId(String orderId) {
        List<OrderLine> lines = jdbc.sql("""
                        select sku, name, quantity, unit_price_cents from order_lines
                        where order_id = :orderId order by line_number""")
                .param("orderId", orderId)
                .query(OrderLine.class)
                .list();
        return jdbc.sql("""
                        select order_id, customer_id, status, total_cents, currency, payment_id, tracking_number,
                               placed_at
                        from orders where order_id = :orderId""")
                .param("orderId", orderId)
                .query((row, number) -> new Order(row.getString("order_id"), row.getString("customer_id"),
                        OrderStatus.valueOf(row.getString("status")), lines, row.getLong("total_cents"),
                        row.getString("currency"), row.getString("payment_id"), row.getString("tracking_number"),
                        row.getTimestamp("placed_at").toInstant()))
                .optional()
                .orElseThrow(() -> new UnknownOrderException(orderId));
    }
}
