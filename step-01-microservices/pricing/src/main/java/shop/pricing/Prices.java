package shop.pricing;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Prices {

    private final JdbcClient jdbc;

    Prices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Price> forSku(String sku) {
        return jdbc.sql("select sku, unit_price_cents, currency from prices where sku = ?")
                .param(sku)
                .query(Price.class)
                .optional();
    }
}
