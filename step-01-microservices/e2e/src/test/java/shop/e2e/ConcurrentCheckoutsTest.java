package shop.e2e;

import workshop.support.api.ConcurrentCheckouts;
import workshop.support.api.ShopUnderTest;

/** kit-support's racing checkouts against the gateway, the shop's public API. */
class ConcurrentCheckoutsTest implements ConcurrentCheckouts {

    @Override
    public ShopUnderTest shop() {
        return Shop.running().seededShop();
    }
}
