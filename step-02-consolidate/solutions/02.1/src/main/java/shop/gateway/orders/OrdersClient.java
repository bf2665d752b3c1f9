package shop.gateway.orders;

import org.springframework.stereotype.Component;

import shop.orders.Checkout;
import shop.orders.Orders;

/** Places and reads orders: calls to the orders module, in the same process. */
@Component
class OrdersClient {

    private final Checkout checkout;

    private final Orders orders;

    OrdersClient(Checkout checkout, Orders orders) {
        this.checkout = checkout;
        this.orders = orders;
    }

    Order place(PlaceOrder placeOrder) {
        return copyOf(checkout.placeOrder(placeOrder.customerId(), placeOrder.paymentToken()));
    }

    Order order(String orderId) {
        return copyOf(orders.withId(orderId));
    }

    private static Order copyOf(shop.orders.Order order) {
        return new Order(order.orderId(), order.customerId(), order.status().name(), order.lines().stream()
                .map(line -> new Order.Line(line.sku(), line.name(), line.quantity(), line.unitPriceCents()))
                .toList(),
                order.totalCents(), order.currency(), order.paymentId(), order.trackingNumber(), order.placedAt());
    }
}
