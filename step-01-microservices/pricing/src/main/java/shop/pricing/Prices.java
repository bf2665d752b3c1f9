package shop.pricing;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Prices {

    private static final String SELECT = "select sku, unit_price_cents, currency from prices ";

    private final JdbcClient jdbc;

    Prices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Price> all() {
        return jdbc.sql(SELECT + "order by sku").query(Price.class).list();
    }

    List<Price> forSkus(List<String> skus) {
        return jdbc.sql(SELECT + "where sku in (:skus) order by sku").param("skus", skus).query(Price.class).list();
    }

    Optional<Price> forSku(String sku) {
        return jdbc.sql(SELECT + "where sku = ?").param(sku).query(Price.class).optional();
    }
}
