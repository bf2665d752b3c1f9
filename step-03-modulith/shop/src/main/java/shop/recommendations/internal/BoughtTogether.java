package shop.recommendations.internal;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "Customers who bought this also bought": the pairs the shop started with, and those in the orders placed since. */
@Repository
class BoughtTogether {

    private final JdbcClient jdbc;

    BoughtTogether(@Qualifier("recommendationsJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SKUs bought together with this one, strongest pair first. */
    List<String> with(String sku) {
        return jdbc.sql("""
                        select recommended_sku from (
                            select recommended_sku, strength from bought_together where sku = :sku
                            union all
                            select other.sku, count(*) from orders.order_lines line
                            join orders.order_lines other on other.order_id = line.order_id and other.sku <> line.sku
                            where line.sku = :sku
                            group by other.sku
                        ) pairs
                        group by recommended_sku
                        order by sum(strength) desc, recommended_sku""")
                .param("sku", sku)
                .query(String.class)
                .list();
    }
}
