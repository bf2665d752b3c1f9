package shop.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.ErrorResponseException;

/** The catalog's products: what the catalog answers, over HTTP or to a caller in the same application. */
@Repository
public class Products {

    private static final String SELECT = "select sku, name, description, weight_grams from products ";

    private final JdbcClient jdbc;

    Products(@Qualifier("catalogJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Product> all() {
        return jdbc.sql(SELECT + "order by sku").query(Product.class).list();
    }

    /** The products among these SKUs; unknown SKUs are simply not in the answer. */
    public List<Product> withSkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return List.of(); // "in ()" is no SQL: ?skus= names no product
        }
        return jdbc.sql(SELECT + "where sku in (:skus) order by sku").param("skus", skus).query(Product.class).list();
    }

    /** One product; an unknown SKU is a 404 problem. */
    public Product withSku(String sku) {
        return jdbc.sql(SELECT + "where sku = ?").param(sku).query(Product.class).optional()
                .orElseThrow(() -> new UnknownProduct(sku));
    }

    static class UnknownProduct extends ErrorResponseException {

        UnknownProduct(String sku) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown product");
            getBody().setDetail("There is no product " + sku + " in the catalog.");
        }
    }
}
