package workshop.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Checkouts that race each other through the shop's public API, the same in every step: the same cart checked out
 * twice at once, and more customers than there are items checking out the last ones at once. Whatever the order the
 * requests arrive in, stock never goes below zero, every customer charged has an order, and there are exactly as
 * many orders as there were carts and items to fill them; the losers get a 4xx problem, never a 5xx.
 * <p>
 * A step's test class implements this interface beside its own test base class and hands it the step's
 * {@link ShopUnderTest}. The stock it sets is put back afterwards, and the carts it filled are emptied, so the tests
 * after it find the shop as it was. Each race runs a few rounds, on loopback, with every request bounded in time.
 */
public interface ConcurrentCheckouts {

    /** Races per test: a race that is lost only now and then still shows within a few. */
    int ROUNDS = 5;

    /** The step's shop, and what its databases hold. */
    ShopUnderTest shop();

    @Test
    default void twoCheckoutsOfTheSameCartPlaceOneOrder() {
        ShopUnderTest shop = shop();
        String product = shop.product();
        Shoppers shoppers = new Shoppers(shop.publicApiUrl());
        String customer = shop.customers().get(0);
        int stockBefore = shop.stockOf(product);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                shop.stockIs(product, 10);
                OrdersSince since = OrdersSince.now(shop);
                shoppers.emptyCarts(List.of(customer));
                shoppers.fillCart(customer, product);

                List<Shoppers.Answer> answers = shoppers.checkOutAtOnce(List.of(customer, customer));

                String race = "round " + round + " of two checkouts of " + customer + "'s one cart at once: " + answers;
                assertThat(answers).as(race + "; exactly one may place the order, the other gets a 4xx problem")
                        .filteredOn(Shoppers.Answer::placed).hasSize(1);
                assertThat(answers).as(race).allMatch(answer -> answer.placed() || answer.refused());
                assertThat(since.placed()).as(race + "; orders placed").hasSize(1);
                assertThat(shop.stockOf(product)).as(race + "; stock left of 10").isEqualTo(9);
                assertThat(since.leftHalfDone())
                        .as(race + "; orders charged for but not placed, or stored without their lines").isEmpty();
            }
        } finally {
            shoppers.emptyCarts(List.of(customer));
            shop.stockIs(product, stockBefore);
        }
    }

    @Test
    default void checkoutsOfTheLastItemsPlaceOneOrderPerItem() {
        ShopUnderTest shop = shop();
        String product = shop.product();
        Shoppers shoppers = new Shoppers(shop.publicApiUrl());
        List<String> customers = shop.customers();
        int lastItems = customers.size() - 1;
        int stockBefore = shop.stockOf(product);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                shop.stockIs(product, lastItems);
                OrdersSince since = OrdersSince.now(shop);
                shoppers.emptyCarts(customers);
                customers.forEach(customer -> shoppers.fillCart(customer, product));

                List<Shoppers.Answer> answers = shoppers.checkOutAtOnce(customers);

                String race = "round " + round + " of " + customers.size() + " customers checking out the last "
                        + lastItems + " of " + product + " at once: " + answers;
                assertThat(answers).as(race + "; one order per item, the others get a 4xx problem")
                        .filteredOn(Shoppers.Answer::placed).hasSize(lastItems);
                assertThat(answers).as(race).allMatch(answer -> answer.placed() || answer.refused());
                assertThat(since.placed()).as(race + "; orders placed").hasSize(lastItems);
                assertThat(shop.stockOf(product)).as(race + "; stock left").isZero();
                assertThat(since.leftHalfDone())
                        .as(race + "; orders charged for but not placed, or stored without their lines").isEmpty();
            }
        } finally {
            shoppers.emptyCarts(customers);
            shop.stockIs(product, stockBefore);
        }
    }
}
