package shop.recommendations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import shop.recommendations.CatalogClient.Product;

/** "Customers who bought this also bought": pairs mined from past orders, named as the catalog names them. */
@Service
public class Recommendations {

    private final JdbcClient jdbc;

    private final CatalogClient catalog;

    Recommendations(@Qualifier("recommendationsJdbc") JdbcClient jdbc, CatalogClient catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** What customers bought together with this product, strongest first; an unknown product is a 404 problem. */
    public List<Recommendation> forProduct(String sku) {
        List<String> recommended = jdbc
                .sql("select recommended_sku from bought_together where sku = ? order by strength desc")
                .param(sku)
                .query(String.class)
                .list();
        List<String> asked = new ArrayList<>(recommended);
        asked.add(sku);
        Map<String, Product> known = catalog.products(asked).stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));
        if (!known.containsKey(sku)) {
            throw new UnknownProduct(sku);
        }
        return recommended.stream()
                .filter(known::containsKey)
                .map(other -> new Recommendation(other, known.get(other).name()))
                .toList();
    }

    static class UnknownProduct extends ErrorResponseException {

        UnknownProduct(String sku) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown product");
            getBody().setDetail("There is no product " + sku + " in the catalog.");
        }
    }
}
