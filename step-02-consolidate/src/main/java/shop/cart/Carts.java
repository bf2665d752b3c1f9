package shop.cart;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The carts, one row per product in a customer's cart. */
@Repository
public class Carts {

    private final JdbcClient jdbc;

    Carts(@Qualifier("cartJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Cart find(String customerId) {
        // One statement, so the version is that of the lines read.
        List<Line> lines = jdbc.sql("""
                        select sku, quantity, max(version) over () as cart_version from cart_items
                        where customer_id = :customerId
                        order by added_at, sku""")
                .param("customerId", customerId)
                .query(Line.class)
                .list();
        long version = lines.isEmpty() ? 0 : lines.get(0).cartVersion();
        return new Cart(customerId, version, lines.stream().map(Line::item).toList());
    }

    /** Sets the quantity of a product, adding it when it is not in the cart yet. */
    void put(String customerId, String sku, int quantity) {
        jdbc.sql("""
                        insert into cart_items (customer_id, sku, quantity) values (:customerId, :sku, :quantity)
                        on conflict (customer_id, sku) do update set quantity = excluded.quantity, version = excluded.version""")
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

    private record Line(String sku, int quantity, long cartVersion) {

        Cart.Item item() {
            return new Cart.Item(sku, quantity);
        }
    }
}
