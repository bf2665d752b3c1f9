package shop;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import workshop.support.exercise.PublicApiScenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A checkout through the public API, and what it leaves behind in every module it reached: stock taken, payment
 * captured, parcel booked, cart emptied, customer told.
 */
@PublicApiScenarios
class CheckoutTest extends ShopTest {

    private final ShopState state = state();

    private Shopper ada;

    @BeforeEach
    void adaWithAnEmptyCart() {
        ada = shopperWithEmptyCart("ada");
    }

    @Test
    void aCheckoutPlacesTheOrderAndEveryModuleDoesItsPart() {
        Map<String, Long> prices = ada.products().stream().collect(Collectors.toMap(Product::sku, Product::priceCents));
        String tea = ada.physicalProducts().get(0);
        String mug = ada.physicalProducts().get(1);
        ada.adds(tea, 2).adds(mug, 1);
        int teaInStock = state.available(tea);
        int mugsInStock = state.available(mug);

        Answer answer = ada.checksOut("tok_visa");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        Order order = answer.as(Order.class);
        assertThat(answer.headers().getLocation()).hasToString("/api/orders/" + order.orderId());
        assertThat(order.status()).isEqualTo("PLACED");
        assertThat(order.lines()).extracting(Order.Line::sku, Order.Line::quantity)
                .containsExactly(tuple(tea, 2), tuple(mug, 1));
        assertThat(order.totalCents()).isEqualTo(2 * prices.get(tea) + prices.get(mug));
        assertThat(publicApi().get("/api/orders/{orderId}", order.orderId()).as(Order.class)).isEqualTo(order);

        assertThat(state.available(tea)).isEqualTo(teaInStock - 2);
        assertThat(state.available(mug)).isEqualTo(mugsInStock - 1);
        assertThat(state.paymentsFor(order.orderId())).singleElement().satisfies(payment -> {
            assertThat(payment.paymentId()).isEqualTo(order.paymentId());
            assertThat(payment.status()).isEqualTo("CAPTURED");
            assertThat(payment.amountCents()).isEqualTo(order.totalCents());
        });
        assertThat(state.shipmentsFor(order.orderId())).singleElement()
                .satisfies(shipment -> assertThat(shipment.trackingNumber()).isEqualTo(order.trackingNumber()));
        assertThat(ada.cart().items()).isEmpty();
        assertThat(state.notificationsAbout(order.orderId())).isEqualTo(1);
    }

    @Test
    void aGiftCardNeedsNoParcelSpaceButCanBeBoughtWithATea() {
        String tea = ada.physicalProducts().stream().filter(sku -> sku.startsWith("TEA-")).findFirst().orElseThrow();
        ada.adds(Shopper.GIFT_CARD, 1).adds(tea, 1);

        Order order = ada.checksOutSuccessfully();

        assertThat(order.lines()).extracting(Order.Line::sku).containsExactly(Shopper.GIFT_CARD, tea);
        assertThat(state.shipmentsFor(order.orderId())).singleElement()
                .satisfies(shipment -> assertThat(shipment.weightGrams()).isPositive());
    }

    @Test
    void anUnknownOrderIsNotFound() {
        Answer answer = publicApi().get("/api/orders/ord-nosuchorder");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().detail()).contains("ord-nosuchorder");
    }
}
