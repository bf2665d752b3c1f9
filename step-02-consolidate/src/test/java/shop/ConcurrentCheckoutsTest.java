package shop;

import org.springframework.beans.factory.annotation.Value;

import workshop.support.api.ConcurrentCheckouts;
import workshop.support.api.SeededShop;
import workshop.support.api.ShopUnderTest;

/** kit-support's racing checkouts against this step's public API. */
class ConcurrentCheckoutsTest extends ShopTest implements ConcurrentCheckouts {

    @Value("${server.port}")
    private int port;

    @Override
    public ShopUnderTest shop() {
        return new SeededShop("http://localhost:" + port, this::database);
    }
}
