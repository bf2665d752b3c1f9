package shop;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import shop.catalog.Products;
import shop.pricing.Prices;
import workshop.support.exercise.PublicApiScenarios;

import static org.assertj.core.api.Assertions.assertThat;

/** The lookups a checkout makes for a whole cart at once, by SKU: any number of SKUs, none included. */
@PublicApiScenarios
class CartLookupsTest extends ShopTest {

    @Autowired
    private Products products;

    @Autowired
    private Prices prices;

    @Test
    void noSkusFindNoProductsAndNoPrices() {
        assertThat(products.withSkus(List.of())).isEmpty();
        assertThat(prices.forSkus(List.of())).isEmpty();
    }

    @Test
    void unknownSkusAreLeftOut() {
        String known = products.all().get(0).sku();

        assertThat(products.withSkus(List.of(known, "NO-SUCH-SKU"))).extracting(product -> product.sku())
                .containsExactly(known);
        assertThat(prices.forSkus(List.of(known, "NO-SUCH-SKU"))).extracting(price -> price.sku())
                .containsExactly(known);
    }
}
