package shop.cart.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.orders.OrderPlaced;

/** A cart that became an order starts again empty. */
@Component
class CheckedOutCarts {

    private final CartItems carts;

    CheckedOutCarts(CartItems carts) {
        this.carts = carts;
    }

    @ApplicationModuleListener(id = "cart.empty-checked-out-cart")
    void on(OrderPlaced placed) {
        carts.empty(placed.customerId());
    }
}
