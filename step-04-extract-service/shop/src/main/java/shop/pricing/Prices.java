package shop.pricing;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.ErrorResponseException;

/** What products sell for right now. */
@Repository
public class Prices {

    private static final String SELECT = "select sku, unit_price_cents, currency from prices ";

    private final JdbcClient jdbc;

    Prices(@Qualifier("pricingJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The prices of the products among these SKUs; unknown SKUs are simply not in the answer. */
    public List<Price> forSkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of(); // "in ()" is no SQL: ?skus= names no product
        }
        return jdbc.sql(SELECT + "where sku in (:skus) order by sku").param("skus", skus).query(Price.class).list();
    }

    /** The price of one product; a product without a price is a 404 problem. */
    public Price forSku(String sku) {
        return jdbc.sql(SELECT + "where sku = ?").param(sku).query(Price.class).optional()
                .orElseThrow(() -> new NoPrice(sku));
    }

    static class NoPrice extends ErrorResponseException {

        NoPrice(String sku) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown product");
            getBody().setDetail("There is no price for " + sku + ".");
        }
    }
}
