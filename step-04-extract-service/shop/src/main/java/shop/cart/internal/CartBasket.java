package shop.cart.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import shop.orders.Basket;

/** The cart, as the checkout reads it. */
@Component
class CartBasket implements Basket {

    private final CartItems carts;

    CartBasket(CartItems carts) {
        this.carts = carts;
    }

    @Override
    public List<Item> itemsOf(String customerId) {
        return carts.find(customerId).items().stream().map(item -> new Item(item.sku(), item.quantity())).toList();
    }

    @Override
    public long versionOf(String customerId) {
        return carts.find(customerId).version();
    }
}
