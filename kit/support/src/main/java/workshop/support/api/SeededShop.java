package workshop.support.api;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A shop as every step seeds and stores it: the customers {@code ada}, {@code grace} and {@code linus}; the stock in
 * inventory's {@code stock}, orders in orders' {@code orders} and {@code order_lines}, charges in payments'
 * {@code payments}. The step says where its public API is and hands over each service's or module's JdbcClient, for
 * wherever it keeps that data (a database of its own, or a schema of the shop's one database).
 */
public record SeededShop(String publicApiUrl, Function<String, JdbcClient> database) implements ShopUnderTest {

    @Override
    public List<String> customers() {
        return List.of("ada", "grace", "linus");
    }

    @Override
    public String product() {
        return "TEA-ASSAM-250G";
    }

    @Override
    public int stockOf(String sku) {
        return database.apply("inventory").sql("select available from stock where sku = ?").param(sku)
                .query(Integer.class).single();
    }

    @Override
    public void stockIs(String sku, int units) {
        database.apply("inventory").sql("update stock set available = ? where sku = ?").params(units, sku).update();
    }

    @Override
    public Set<String> ordersPlaced() {
        return Set.copyOf(database.apply("orders").sql("select order_id from orders where status = 'PLACED'")
                .query(String.class).list());
    }

    @Override
    public Set<String> ordersCharged() {
        return Set.copyOf(database.apply("payments").sql("select order_id from payments where status = 'CAPTURED'")
                .query(String.class).list());
    }

    @Override
    public Set<String> ordersWithoutLines() {
        return Set.copyOf(database.apply("orders").sql("""
                        select order_id from orders o
                        where not exists (select 1 from order_lines l where l.order_id = o.order_id)""")
                .query(String.class).list());
    }
}
