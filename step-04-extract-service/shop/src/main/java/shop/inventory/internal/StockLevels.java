package shop.inventory.internal;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inventory's tables: the units of each product in stock, and the units held for orders until they ship. */
@Repository
public class StockLevels {

    private final JdbcClient jdbc;

    StockLevels(@Qualifier("inventoryJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stock> of(String sku) {
        return jdbc.sql("select sku, available from stock where sku = ?").param(sku).query(Stock.class).optional();
    }

    public boolean holdsStockFor(String orderId) {
        return jdbc.sql("select exists (select 1 from reservations where order_id = ?)")
                .param(orderId)
                .query(Boolean.class)
                .single();
    }

    /**
     * Takes units out of stock and holds them for the order, unless fewer are left: one statement checks and takes,
     * so two orders cannot both take the last unit.
     *
     * @return false when too few units were left, and nothing was taken
     */
    public boolean take(String orderId, String sku, int quantity) {
        int taken = jdbc.sql("update stock set available = available - :quantity"
                        + " where sku = :sku and available >= :quantity")
                .param("quantity", quantity)
                .param("sku", sku)
                .update();
        if (taken == 0) {
            return false;
        }
        jdbc.sql("insert into reservations (order_id, sku, quantity) values (?, ?, ?)")
                .params(orderId, sku, quantity)
                .update();
        return true;
    }

    /** Puts the units held for the order back into stock, all in one statement; nothing when it holds none. */
    public void release(String orderId) {
        jdbc.sql("""
                        with released as (delete from reservations where order_id = ? returning sku, quantity)
                        update stock set available = available + released.quantity
                        from released where stock.sku = released.sku""")
                .param(orderId)
                .update();
    }
}
