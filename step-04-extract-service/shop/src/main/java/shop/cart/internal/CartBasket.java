package shop.cart.internal;

import org.springframework.stereotype.Component;

import shop.cart.Cart;
import shop.orders.Basket;

/** The cart, as the checkout reads it. */
@Component
class CartBasket implements Basket {

    private final CartItems carts;

    CartBasket(CartItems carts) {
        this.carts = carts;
    }

    @Override
    public Contents contentsOf(String customerId) {
        Cart cart = carts.find(customerId);
        return new Contents(cart.version(),
                cart.items().stream().map(item -> new Item(item.sku(), item.quantity())).toList());
    }
}
