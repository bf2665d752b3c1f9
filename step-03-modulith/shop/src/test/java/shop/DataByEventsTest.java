package shop;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.dao.DataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 03.4 Data by events, not by grants: recommendations learn which products go together from {@code OrderPlaced},
 * into a table of their own, and their role can no longer read orders' schema.
 */
@Exercise("03.4")
class DataByEventsTest extends ShopTest {

    /** PostgreSQL's SQLSTATE for "permission denied". */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void recommendationsLearnFromTheOrdersPlacedWithoutReadingOrdersTables() {
        Optional<String> instead = whatHappensInstead(() -> database("recommendations")
                .sql("select count(*) from orders.order_lines").query(Long.class).single());

        assertThat(instead).as(lookAt("03.4", "the recommendations role still reads orders.order_lines ("
                        + instead.orElse("") + "): revoke the grant in a new migration of orders, once recommendations"
                        + " no longer need it"))
                .isEmpty();
        assertThat(whatRecommendationsMayStillUseOfOrders()).as(lookAt("03.4", "the recommendations role may"
                        + " still use these of orders' schema: revoke what V2 granted (the usage of the schema too),"
                        + " and grant nothing else of orders in its place"))
                .isEmpty();

        Shopper grace = shopperWithEmptyCart("grace");
        List<String> products = grace.physicalProducts();
        String bought = products.get(0);
        String with = products.stream().filter(other -> !other.equals(bought))
                .filter(other -> !recommendationsFor(bought).contains(other)).findFirst().orElseThrow();

        grace.adds(bought, 1).adds(with, 1).checksOutSuccessfully();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(recommendationsFor(bought))
                .as(lookAt("03.4", with + " and " + bought + " were bought together, so " + with + " should be"
                        + " recommended with " + bought + ": count the pairs of every OrderPlaced into"
                        + " recommendations' own bought_together"))
                .contains(with));
        assertThat(timesBoughtTogether(bought, with)).as(lookAt("03.4", with + " is recommended with " + bought
                        + ", but the pair is not counted in recommendations' own bought_together table: keep the"
                        + " projection there, filled from OrderPlaced, not read through from orders' data"))
                .isPositive();
    }

    /** Tables and views of orders' schema the role may read, and the schema itself if the role may still use it. */
    private List<String> whatRecommendationsMayStillUseOfOrders() {
        return database("recommendations").sql("""
                        select 'schema orders' where has_schema_privilege('recommendations', 'orders', 'usage')
                        union all
                        select 'orders.' || relname from pg_class
                        where relnamespace = 'orders'::regnamespace and relkind in ('r', 'v', 'm', 'p', 'f')
                          and has_table_privilege('recommendations', oid, 'select')""")
                .query(String.class).list();
    }

    private long timesBoughtTogether(String sku, String with) {
        return database("recommendations").sql("select coalesce(sum(strength), 0) from bought_together"
                        + " where sku = ? and recommended_sku = ?")
                .params(sku, with).query(Long.class).single();
    }

    private static List<String> recommendationsFor(String sku) {
        return publicApi().get("/api/products/{sku}/recommendations", sku).asListOf(BrowsingTest.Recommendation.class)
                .stream().map(BrowsingTest.Recommendation::sku).toList();
    }

    /** Empty when PostgreSQL refused the read for want of privilege; otherwise what happened instead. */
    private static Optional<String> whatHappensInstead(Runnable read) {
        try {
            read.run();
            return Optional.of("it read the table");
        } catch (DataAccessException failed) {
            Throwable cause = failed.getMostSpecificCause();
            boolean refused = cause instanceof SQLException sql && INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState());
            return refused ? Optional.empty() : Optional.of(cause.getMessage().lines().findFirst().orElse(""));
        }
    }
}
