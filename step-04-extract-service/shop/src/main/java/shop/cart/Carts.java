package shop.cart;

import org.springframework.stereotype.Service;

import shop.cart.internal.CartItems;

/** The cart module's API: what a customer is about to buy, and emptying it once they bought it. */
@Service
public class Carts {

    private final CartItems items;

    Carts(CartItems items) {
        this.items = items;
    }

    public Cart find(String customerId) {
        return items.find(customerId);
    }

    public void empty(String customerId) {
        items.empty(customerId);
    }
}
