package shop.orders.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The versions of carts that became orders: a cart is checked out once, however many checkouts of it arrive at the
 * same moment. The database decides which one wins, so this holds with several instances of the shop too; a checkout
 * that fails rolls its claim back with the rest of its transaction.
 */
@Repository
class CheckedOutCarts {

    private final JdbcClient jdbc;

    CheckedOutCarts(@Qualifier("ordersJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes this version of the customer's cart for the order; a 409 problem when another checkout took it first. A
     * checkout of it still under way holds its claim until its transaction ends, and this one waits for that.
     */
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
}
