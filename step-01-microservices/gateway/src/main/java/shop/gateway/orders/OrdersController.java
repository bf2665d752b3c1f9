package shop.gateway.orders;

import java.net.URI;

import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import shop.gateway.PathIds;

/** Checkout: the customer's cart becomes an order. */
@RestController
@RequestMapping("/api/orders")
class OrdersController {

    private final OrdersClient orders;

    OrdersController(OrdersClient orders) {
        this.orders = orders;
    }

    @PostMapping
    ResponseEntity<Order> place(@RequestBody PlaceOrder placeOrder) {
        Order order = orders.place(placeOrder);
        return ResponseEntity.created(URI.create("/api/orders/" + order.orderId())).body(order);
    }

    @GetMapping("/{orderId}")
    Order order(@PathVariable @Pattern(regexp = PathIds.ORDER, message = PathIds.ORDER_MESSAGE) String orderId) {
        return orders.order(orderId);
    }
}
