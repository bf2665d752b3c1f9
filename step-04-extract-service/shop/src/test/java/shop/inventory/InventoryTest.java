package shop.inventory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;

import shop.ShopTest;
import shop.inventory.ReservationRequest.Line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The inventory module on its own, called as the other modules call it: a reservation is all or nothing. */
class InventoryTest extends ShopTest {

    @Autowired
    private Inventory inventory;

    @Test
    void aReservationTakesUnitsOutOfStock() {
        int before = state().available("TEA-ASSAM-250G");

        inventory.reserve(new ReservationRequest(newOrderId(), List.of(new Line("TEA-ASSAM-250G", 3))));

        assertThat(state().available("TEA-ASSAM-250G")).isEqualTo(before - 3);
    }

    @Test
    void whenOneLineIsShortNothingIsReserved() {
        int tea = state().available("TEA-CHAMOMILE-50G");
        int teapots = state().available("TEAPOT-CAST-IRON");

        assertThatExceptionOfType(ErrorResponseException.class)
                .isThrownBy(() -> inventory.reserve(new ReservationRequest(newOrderId(), List.of(
                        new Line("TEA-CHAMOMILE-50G", 1), new Line("TEAPOT-CAST-IRON", teapots + 1)))))
                .satisfies(outOfStock -> assertThat(outOfStock.getStatusCode().value()).isEqualTo(409));

        assertThat(state().available("TEA-CHAMOMILE-50G")).isEqualTo(tea);
        assertThat(state().available("TEAPOT-CAST-IRON")).isEqualTo(teapots);
    }

    @Test
    void aReleasedReservationGoesBackIntoStock() {
        String orderId = newOrderId();
        int before = state().available("TEA-ASSAM-250G");
        inventory.reserve(new ReservationRequest(orderId, List.of(new Line("TEA-ASSAM-250G", 2))));

        inventory.release(orderId);
        inventory.release(orderId);

        assertThat(state().available("TEA-ASSAM-250G")).isEqualTo(before);
        assertThat(state().reservationsFor(orderId)).isZero();
    }

    /** An order reserves once: each test reserves for an order of its own. */
    private static String newOrderId() {
        return "ord-" + UUID.randomUUID();
    }
}
