package shop.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.customers.Customers;
import shop.notifications.Notification;
import shop.notifications.Notifications;
import shop.orders.OrderPlaced;

/** Thanks the customer for every order placed. */
@Component
class OrderConfirmations {

    private final Notifications notifications;

    private final Customers customers;

    OrderConfirmations(Notifications notifications, Customers customers) {
        this.notifications = notifications;
        this.customers = customers;
    }

    @ApplicationModuleListener(id = "notifications.confirm-order")
    void on(OrderPlaced placed) {
        String name = customers.withId(placed.customerId()).name();
        String message = "Hello %s, thank you for your order %s of %d.%02d %s. It is on its way."
                .formatted(name, placed.orderId(), placed.totalCents() / 100, placed.totalCents() % 100,
                        placed.currency());
        notifications.send(new Notification(placed.customerId(), placed.orderId(),
                Notification.Kind.ORDER_CONFIRMED, message));
    }
}
