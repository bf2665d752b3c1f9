package shop;

import org.junit.jupiter.api.Test;

/**
 * The shop keeps the boundary rules of step 03, with payments now a jar of its own: its code is still the payments
 * module of the shop, wherever it runs.
 */
class ModularityTest {

    @Test
    void theShopKeepsItsBoundaries() {
        Boundaries.verify(ShopApplication.class);
    }
}
