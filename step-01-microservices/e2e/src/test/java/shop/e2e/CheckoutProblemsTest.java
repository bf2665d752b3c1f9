package shop.e2e;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import workshop.support.exercise.PublicApiScenarios;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout that cannot go through answers with a problem saying why, and leaves the customer's cart as it was
 * and no order behind. (Stock and payment after a failure late in the checkout are exercise 01.4.)
 */
@PublicApiScenarios
class CheckoutProblemsTest {

    private final Shop shop = Shop.running();

    private final ShopState state = new ShopState(shop);

    private final Shopper linus = Shopper.withEmptyCart("linus");

    private long placedBefore;

    @BeforeEach
    void countOrders() {
        placedBefore = state.placedOrdersOf("linus");
    }

    @Test
    void anEmptyCartIsNothingToCheckOut() {
        Answer answer = linus.checksOut("tok_visa");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.problem().title()).isEqualTo("Cart is empty");
        assertThat(state.placedOrdersOf("linus")).isEqualTo(placedBefore);
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        Answer answer = shop.gateway().post("/api/orders", Map.of("customerId", "nobody", "paymentToken", "tok_visa"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().detail()).contains("nobody");
        assertThat(state.placedOrdersOf("nobody")).isZero();
    }

    @Test
    void missingFieldsAreABadRequestNamingThem() {
        Answer answer = shop.gateway().post("/api/orders", "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().errors()).extracting(Problem.InvalidField::field)
                .containsExactlyInAnyOrder("customerId", "paymentToken");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Answer answer = shop.gateway().post("/api/orders", "{\"customerId\": \"linus\", ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().title()).isNotBlank();
    }

    @Test
    void aDeclinedPaymentIsAPaymentRequiredProblem() {
        linus.adds(linus.physicalProducts().get(0), 1);

        Answer answer = linus.checksOut("tok_declined");

        assertThat(answer.status()).isEqualTo(402);
        assertThat(answer.problem().title()).isEqualTo("Payment declined");
        assertNothingPlacedAndCartKept();
    }

    @Test
    void aMalformedPaymentTokenIsABadRequest() {
        linus.adds(linus.physicalProducts().get(0), 1);

        Answer answer = linus.checksOut("4111 1111 1111 1111");

        assertThat(answer.status()).isEqualTo(400);
        assertNothingPlacedAndCartKept();
    }

    @Test
    void aCustomerIdWithAControlCharacterIsABadRequest() {
        linus.adds(linus.physicalProducts().get(0), 1);

        Answer answer = shop.gateway().post("/api/orders",
                Map.of("customerId", "linus\u0000", "paymentToken", "tok_visa"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().errors()).extracting(Problem.InvalidField::field).containsExactly("customerId");
        assertNothingPlacedAndCartKept();
    }

    @Test
    void moreThanTheStockHoldsIsOutOfStockAndReservesNothing() {
        String scarce = leastStockedProduct();
        String plenty = linus.physicalProducts().stream().filter(sku -> !sku.equals(scarce)).findFirst().orElseThrow();
        linus.adds(plenty, 1).adds(scarce, state.available(scarce) + 1);
        int plentyBefore = state.available(plenty);

        Answer answer = linus.checksOut("tok_visa");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problem().title()).isEqualTo("Out of stock");
        assertThat(state.available(plenty)).as("all or nothing: no stock reserved").isEqualTo(plentyBefore);
        assertNothingPlacedAndCartKept();
    }

    private String leastStockedProduct() {
        List<String> products = linus.physicalProducts();
        return products.stream().min(java.util.Comparator.comparingInt(state::available)).orElseThrow();
    }

    private void assertNothingPlacedAndCartKept() {
        assertThat(state.placedOrdersOf("linus")).isEqualTo(placedBefore);
        assertThat(linus.cart().items()).isNotEmpty();
    }
}
