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
