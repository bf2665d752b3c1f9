package shop.orders.internal;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.web.PathIds;

/** Checkout, in the shop's public API: the customer's cart becomes an order. */
@RestController
@RequestMapping("/api/orders")
class OrdersController {

    private final Checkout checkout;

    private final Orders orders;

    OrdersController(Checkout checkout, Orders orders) {
        this.checkout = checkout;
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<Order> place(@Valid @RequestBody PlaceOrder placeOrder) {
        Order order = checkout.placeOrder(placeOrder.customerId(), placeOrder.paymentToken());
        return ResponseEntity.created(URI.create("/api/orders/" + order.orderId())).body(order);
    }

    @GetMapping("/{orderId}")
    Order order(@PathVariable @Pattern(regexp = PathIds.ORDER, message = PathIds.ORDER_MESSAGE) String orderId) {
        return orders.withId(orderId);
    }
}
