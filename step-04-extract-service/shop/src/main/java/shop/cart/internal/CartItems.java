package shop.cart.internal;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import shop.cart.Cart;

/** The carts, one row per product in a customer's cart. */
@Repository
public class CartItems {

    private final JdbcClient jdbc;

    CartItems(@Qualifier("cartJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Cart find(String customerId) {
        var items = jdbc.sql("""
                        select sku, quantity from cart_items
                        where customer_id = :customerId
                        order by added_at, sku""")
                .param("customerId", customerId)
                .query(Cart.Item.class)
                .list();
        return new Cart(customerId, items);
    }

    /** Sets the quantity of a product, adding it when it is not in the cart yet. */
    void put(String customerId, String sku, int quantity) {
        jdbc.sql("""
                        insert into cart_items (customer_id, sku, quantity) values (:customerId, :sku, :quantity)
                        on conflict (customer_id, sku) do update set quantity = excluded.quantity""")
                .param("customerId", customerId)
                .param("sku", sku)
                .param("quantity", quantity)
                .update();
    }

    void remove(String customerId, String sku) {
        jdbc.sql("delete from cart_items where customer_id = :customerId and sku = :sku")
                .param("customerId", customerId)
                .param("sku", sku)
                .update();
    }

    public void empty(String customerId) {
        jdbc.sql("delete from cart_items where customer_id = :customerId")
                .param("customerId", customerId)
                .update();
    }
}
