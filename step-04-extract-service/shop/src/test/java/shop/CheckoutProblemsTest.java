package shop;

import java.util.Comparator;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import workshop.support.exercise.PublicApiScenarios;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout that cannot go through answers with a problem saying why, and leaves the customer's cart as it was,
 * no order placed and no stock held.
 */
@PublicApiScenarios
class CheckoutProblemsTest extends ShopTest {

    private final ShopState state = state();

    private Shopper linus;

    private long placedBefore;

    @BeforeEach
    void linusWithAnEmptyCart() {
        linus = shopperWithEmptyCart("linus");
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
        Answer answer = publicApi().post("/api/orders", Map.of("customerId", "nobody", "paymentToken", "tok_visa"));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().detail()).contains("nobody");
        assertThat(state.placedOrdersOf("nobody")).isZero();
    }

    @Test
    void missingFieldsAreABadRequestNamingThem() {
        Answer answer = publicApi().post("/api/orders", "{}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().errors()).extracting(Problem.InvalidField::field)
                .containsExactlyInAnyOrder("customerId", "paymentToken");
    }

    @Test
    void malformedJsonIsABadRequest() {
        Answer answer = publicApi().post("/api/orders", "{\"customerId\": \"linus\", ");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().title()).isNotBlank();
    }

    @Test
    void aDeclinedPaymentIsAPaymentRequiredProblem() {
        String product = linus.physicalProducts().get(0);
        linus.adds(product, 1);
        int inStock = state.available(product);

        Answer answer = linus.checksOut("tok_declined");

        assertThat(answer.status()).isEqualTo(402);
        assertThat(answer.problem().title()).isEqualTo("Payment declined");
        assertThat(state.available(product)).as("no stock held for an order that was not paid").isEqualTo(inStock);
        assertNothingPlacedAndCartKept();
    }

    @Test
    void aMalformedPaymentTokenIsABadRequest() {
        linus.adds(linus.physicalProducts().get(0), 1);

        Answer answer = linus.checksOut("4111 1111 1111 1111");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().errors()).extracting(Problem.InvalidField::field).containsExactly("paymentToken");
        assertNothingPlacedAndCartKept();
    }

    @Test
    void aCustomerIdWithAControlCharacterIsABadRequest() {
        linus.adds(linus.physicalProducts().get(0), 1);

        Answer answer = publicApi().post("/api/orders",
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
        return linus.physicalProducts().stream().min(Comparator.comparingInt(state::available)).orElseThrow();
    }

    private void assertNothingPlacedAndCartKept() {
        assertThat(state.placedOrdersOf("linus")).isEqualTo(placedBefore);
        assertThat(linus.cart().items()).isNotEmpty();
    }
}
