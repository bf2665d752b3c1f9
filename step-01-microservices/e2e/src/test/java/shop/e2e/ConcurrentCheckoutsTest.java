package shop.e2e;

import workshop.support.api.ConcurrentCheckouts;
import workshop.support.api.SeededShop;
import workshop.support.api.ShopUnderTest;

/** kit-support's racing checkouts against the gateway, the shop's public API. */
class ConcurrentCheckoutsTest implements ConcurrentCheckouts {

    @Override
    public ShopUnderTest shop() {
        Shop shop = Shop.running();
        return new SeededShop(shop.url("gateway"), shop::database);
    }
}
