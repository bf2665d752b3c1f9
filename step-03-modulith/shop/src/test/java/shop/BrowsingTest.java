package shop;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.PublicApiScenarios;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsing the shop through the public API: products with their prices, and what goes well with them. */
@PublicApiScenarios
class BrowsingTest extends ShopTest {

    private final ShopClient publicApi = publicApi();

    @Test
    void everyProductComesWithItsPriceInEuros() {
        List<Product> products = publicApi.get("/api/products").asListOf(Product.class);

        assertThat(products).hasSizeGreaterThanOrEqualTo(10)
                .extracting(Product::sku).contains(Shopper.GIFT_CARD).doesNotHaveDuplicates();
        assertThat(products).allSatisfy(product -> {
            assertThat(product.name()).isNotBlank();
            assertThat(product.priceCents()).isPositive();
            assertThat(product.currency()).isEqualTo("EUR");
        });
    }

    @Test
    void oneProductIsTheSameAsInTheList() {
        Product listed = publicApi.get("/api/products").asListOf(Product.class).get(0);

        assertThat(publicApi.get("/api/products/{sku}", listed.sku()).as(Product.class)).isEqualTo(listed);
    }

    @Test
    void anUnknownProductIsNotFound() {
        Answer answer = publicApi.get("/api/products/NO-SUCH-SKU");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().detail()).contains("NO-SUCH-SKU");
        assertThat(answer.problem().instance()).isEqualTo("/api/products/NO-SUCH-SKU");
    }

    @Test
    void recommendationsAreOtherProductsOfTheShop() {
        Map<String, Product> products = publicApi.get("/api/products").asListOf(Product.class).stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));

        List<Recommendation> recommended = products.keySet().stream()
                .flatMap(sku -> publicApi.get("/api/products/{sku}/recommendations", sku)
                        .asListOf(Recommendation.class).stream())
                .toList();

        assertThat(recommended).isNotEmpty().allSatisfy(recommendation -> assertThat(recommendation.name())
                .isEqualTo(products.get(recommendation.sku()).name()));
    }

    @Test
    void aPathTheShopDoesNotHaveIsAProblemToo() {
        Answer answer = publicApi.get("/api/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().status()).isEqualTo(404);
    }

    record Recommendation(String sku, String name) {
    }
}
