package shop.orders;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of carts that became orders, or are becoming one: a cart is checked out once, however many checkouts
 * of it arrive at the same moment. The database decides which one wins, so this holds with several instances of the
 * shop too.
 */
@Repository
class CheckedOutCarts {

    private final JdbcClient jdbc;

    CheckedOutCarts(@Qualifier("ordersJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes this version of the customer's cart for the order; a 409 problem when another checkout took it first. */
    void claim(String customerId, long cartVersion, String orderId) {
        int claimed = jdbc.sql("""
                        insert into checked_out_carts (customer_id, cart_version, order_id)
                        values (:customerId, :cartVersion, :orderId)
                        on conflict (customer_id, cart_version) do nothing""")
                .param("customerId", customerId)
                .param("cartVersion", cartVersion)
                .param("orderId", orderId)
                .update();
        if (claimed == 0) {
            throw new CartCheckedOutException(customerId);
        }
    }

    /** The checkout of the order failed: the cart may be checked out again. */
    void release(String orderId) {
        jdbc.sql("delete from checked_out_carts where order_id = :orderId")
                .param("orderId", orderId)
                .update();
    }
}
