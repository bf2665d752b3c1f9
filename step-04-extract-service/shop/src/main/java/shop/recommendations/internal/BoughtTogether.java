package shop.recommendations.internal;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "Customers who bought this also bought": pairs of products and how often they were bought together, in the
 * recommendations module's own table. The shop started with some pairs; every order placed since adds to them.
 */
@Repository
class BoughtTogether {

    private final JdbcClient jdbc;

    BoughtTogether(@Qualifier("recommendationsJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The SKUs bought together with this one, strongest pair first. */
    List<String> with(String sku) {
        return jdbc.sql("""
                        select recommended_sku from bought_together where sku = ?
                        order by strength desc, recommended_sku""")
                .param(sku)
                .query(String.class)
                .list();
    }

    /** Counts one more order in which each of these products was bought with each of the others. */
    void countBoughtTogether(List<String> skus) {
        List<String> distinct = skus.stream().distinct().toList();
        for (String sku : distinct) {
            for (String other : distinct) {
                if (!other.equals(sku)) {
                    jdbc.sql("""
                                    insert into bought_together (sku, recommended_sku, strength) values (?, ?, 1)
                                    on conflict (sku, recommended_sku)
                                    do update set strength = bought_together.strength + 1""")
                            .params(sku, other)
                            .update();
                }
            }
        }
    }
}
