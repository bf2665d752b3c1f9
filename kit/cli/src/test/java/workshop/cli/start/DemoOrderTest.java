package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoOrderTest {

    @Test
    void finds_the_skus_of_products_and_cart_items() {
        String products = """
                [{"sku":"TEA-EARLGREY-100G","name":"Earl Grey","priceCents":650},
                 {"sku" : "COF-ETHIOPIA-250G","name":"Ethiopia","priceCents":990}]""";

        assertThat(DemoOrder.skusIn(products)).containsExactly("TEA-EARLGREY-100G", "COF-ETHIOPIA-250G");
        assertThat(DemoOrder.skusIn("{\"customerId\":\"ada\",\"items\":[]}")).isEmpty();
    }
}
