package shop.shipping;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import shop.orders.OrderPlaced;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipping module on its own (STANDALONE: no bean of any other module, only the shared database and web): an
 * order placed elsewhere, published here by hand, gets its parcel booked.
 */
@ApplicationModuleTest
class ShippingModuleTest {

    private static final OrderPlaced.Address LONDON = new OrderPlaced.Address("12 St James's Square", "SW1Y 4JH",
            "London", "GB");

    @Autowired
    @Qualifier("shippingJdbc")
    private JdbcClient shipments;

    @Test
    void anOrderPlacedElsewhereGetsItsParcelBookedByWeight(Scenario scenario) {
        OrderPlaced placed = new OrderPlaced("ord-shippingmodule", "ada", List.of(
                new OrderPlaced.Line("TEA-SENCHA-100G", "Sencha", 2, 100),
                new OrderPlaced.Line("GIFT-CARD-25", "Gift card", 1, null)), 2500, "EUR", LONDON);

        scenario.publish(placed)
                .andWaitForStateChange(() -> weightBookedFor(placed.orderId()), weights -> !weights.isEmpty())
                .andVerify(weights -> assertThat(weights).containsExactly(200));
    }

    private List<Integer> weightBookedFor(String orderId) {
        return shipments.sql("select weight_grams from shipments where order_id = ?").param(orderId)
                .query(Integer.class).list();
    }
}
