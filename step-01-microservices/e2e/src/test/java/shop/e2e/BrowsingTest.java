package shop.e2e;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.PublicApiScenarios;

import static org.assertj.core.api.Assertions.assertThat;

/** Browsing the shop through the public API: the gateway puts catalog and pricing together. */
@PublicApiScenarios
class BrowsingTest {

    private final ShopClient gateway = Shop.running().gateway();

    @Test
    void everyProductComesWithItsPriceInEuros() {
        List<Product> products = gateway.get("/api/products").asListOf(Product.class);

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
        Product listed = gateway.get("/api/products").asListOf(Product.class).get(0);

        assertThat(gateway.get("/api/products/{sku}", listed.sku()).as(Product.class)).isEqualTo(listed);
    }

    @Test
    void anUnknownProductIsNotFound() {
        Answer answer = gateway.get("/api/products/NO-SUCH-SKU");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().detail()).contains("NO-SUCH-SKU");
        assertThat(answer.problem().instance()).isEqualTo("/api/products/NO-SUCH-SKU");
    }

    @Test
    void recommendationsAreOtherProductsOfTheShop() {
        Map<String, Product> products = gateway.get("/api/products").asListOf(Product.class).stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));

        List<Recommendation> recommended = products.keySet().stream()
                .flatMap(sku -> gateway.get("/api/products/{sku}/recommendations", sku)
                        .asListOf(Recommendation.class).stream())
                .toList();

        assertThat(recommended).isNotEmpty().allSatisfy(recommendation -> assertThat(recommendation.name())
                .isEqualTo(products.get(recommendation.sku()).name()));
    }

    @Test
    void aPathTheShopDoesNotHaveIsAProblemToo() {
        Answer answer = gateway.get("/api/nothing-here");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problem().status()).isEqualTo(404);
    }

    record Recommendation(String sku, String name) {
    }
}
