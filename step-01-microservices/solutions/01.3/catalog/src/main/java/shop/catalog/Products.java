package shop.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Products {

    private static final String SELECT = "select sku, name, description, weight_grams from products ";

    private final JdbcClient jdbc;

    Products(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Product> all() {
        return jdbc.sql(SELECT + "order by sku").query(Product.class).list();
    }

    /** The products among these SKUs; unknown SKUs are simply not in the answer. */
    List<Product> withSkus(List<String> skus) {
        if (skus.isEmpty()) {
            return List.of(); // "in ()" is no SQL: ?skus= names no product
        }
        return jdbc.sql(SELECT + "where sku in (:skus) order by sku").param("skus", skus).query(Product.class).list();
    }

    Optional<Product> withSku(String sku) {
        return jdbc.sql(SELECT + "where sku = ?").param(sku).query(Product.class).optional();
    }
}
