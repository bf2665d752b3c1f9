package shop.orders;

import java.util.List;

import org.springframework.stereotype.Component;

import shop.cart.Carts;

/** Reads the cart a customer checks out, and empties it once the order is placed: calls to the cart module. */
@Component
class CartClient {

    private final Carts carts;

    CartClient(Carts carts) {
        this.carts = carts;
    }

    Cart cart(String customerId) {
        shop.cart.Cart cart = carts.find(customerId);
        List<Item> items = cart.items().stream()
                .map(item -> new Item(item.sku(), item.quantity()))
                .toList();
        return new Cart(customerId, cart.version(), items);
    }

    void empty(String customerId) {
        carts.empty(customerId);
    }

    record Cart(String customerId, long version, List<Item> items) {
    }

    record Item(String sku, int quantity) {
    }
}
