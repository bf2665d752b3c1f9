package shop;

import workshop.support.api.ConcurrentCheckouts;
import workshop.support.api.ShopUnderTest;

/** kit-support's racing checkouts against this step's public API. */
class ConcurrentCheckoutsTest extends ShopTest implements ConcurrentCheckouts {

    @Override
    public ShopUnderTest shop() {
        return seededShop();
    }
}
