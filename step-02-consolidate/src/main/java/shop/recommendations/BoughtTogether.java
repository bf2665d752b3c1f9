package shop.recommendations;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "Customers who bought this also bought": pairs mined from past orders. */
@Repository
class BoughtTogether {

    private final JdbcClient jdbc;

    BoughtTogether(@Qualifier("recommendationsJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SKUs bought together with this one, strongest pair first. */
    List<String> with(String sku) {
        return jdbc.sql("select recommended_sku from bought_together where sku = ? order by strength desc")
                .param(sku)
                .query(String.class)
                .list();
    }
}
