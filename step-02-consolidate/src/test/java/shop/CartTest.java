package shop;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.support.exercise.PublicApiScenarios;

import static org.assertj.core.api.Assertions.assertThat;

/** Filling a cart through the public API; every product is checked with the catalog. */
@PublicApiScenarios
class CartTest extends ShopTest {

    private Shopper grace;

    private String product;

    private String otherProduct;

    @BeforeEach
    void graceWithAnEmptyCart() {
        grace = shopperWithEmptyCart("grace");
        product = grace.physicalProducts().get(0);
        otherProduct = grace.physicalProducts().get(1);
    }

    @Test
    void productsGoInChangeTheirQuantityAndComeOut() {
        grace.adds(product, 2).adds(otherProduct, 1).adds(product, 3);

        assertThat(grace.cart().items()).containsExactly(new Cart.Item(product, 3), new Cart.Item(otherProduct, 1));

        assertThat(grace.remove(product).status()).isEqualTo(204);
        assertThat(grace.cart().items()).containsExactly(new Cart.Item(otherProduct, 1));
    }

    @Test
    void theAnswerToAPutIsTheCart() {
        Cart cart = grace.put(product, 2).as(Cart.class);

        assertThat(cart).isEqualTo(new Cart("grace", List.of(new Cart.Item(product, 2))));
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(strings = { "0", "-1", "100", "2.5", "\"two\"" })
    void aQuantityThatIsNotAWholeNumberFrom1To99IsABadRequestNamingTheField(String quantity) {
        grace.adds(product, 1);

        Answer answer = publicApi().put("/api/carts/grace/items/{sku}", "{\"quantity\": " + quantity + "}", product);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().errors()).extracting(Problem.InvalidField::field).containsExactly("quantity");
        assertThat(grace.cart().items()).containsExactly(new Cart.Item(product, 1));
    }

    @Test
    void aMissingQuantityIsABadRequestNamingTheField() {
        Answer answer = publicApi().put("/api/carts/grace/items/{sku}", "{}", product);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().errors()).extracting(Problem.InvalidField::field).containsExactly("quantity");
        assertThat(grace.cart().items()).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequest() {
        Answer answer = publicApi().put("/api/carts/grace/items/{sku}", "{\"quantity\": ", product);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problem().title()).isNotBlank();
        assertThat(grace.cart().items()).isEmpty();
    }

    @Test
    void anUnknownProductIsNotFoundAndStaysOutOfTheCart() {
        Answer answer = grace.put("NO-SUCH-SKU", 1);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().detail()).contains("NO-SUCH-SKU");
        assertThat(grace.cart().items()).isEmpty();
    }
}
