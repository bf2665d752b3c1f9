package shop.pricing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Prices {

    private final JdbcClient jdbc;

    Prices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The prices of the products among these SKUs; unknown SKUs are simply not in the answer. */
    List<Price> forSkus(List<String> skus) {
        if (skus.isEmpty()) {
            return List.of(); // "in ()" is no SQL: ?skus= names no product
        }
        return jdbc.sql("select sku, unit_price_cents, currency from prices where sku in (:skus) order by sku")
                .param("skus", skus)
                .query(Price.class)
                .list();
    }

    Optional<Price> forSku(String sku) {
        return jdbc.sql("select sku, unit_price_cents, currency from prices where sku = ?")
                .param(sku)
                .query(Price.class)
                .optional();
    }
}
