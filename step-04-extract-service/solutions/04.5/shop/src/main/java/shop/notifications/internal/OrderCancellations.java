package shop.notifications.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.customers.Customers;
import shop.notifications.Notification;
import shop.notifications.Notifications;
import shop.orders.OrderCancelled;

/** Tells the customer when an order could not be paid, and why: nobody is left waiting for a parcel that never comes. */
@Component
class OrderCancellations {

    private final Notifications notifications;

    private final Customers customers;

    OrderCancellations(Notifications notifications, Customers customers) {
        this.notifications = notifications;
        this.customers = customers;
    }

    @ApplicationModuleListener(id = "notifications.explain-cancelled-order")
    void on(OrderCancelled cancelled) {
        String name = customers.withId(cancelled.customerId()).name();
        String message = ("Hello %s, we could not take the payment for your order %s: %s. Nothing was charged, and the"
                + " order is cancelled.").formatted(name, cancelled.orderId(), cancelled.reason());
        notifications.send(new Notification(cancelled.customerId(), cancelled.orderId(),
                Notification.Kind.ORDER_CANCELLED, message));
    }
}
