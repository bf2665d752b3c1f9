package shop.orders.internal;

import org.springframework.stereotype.Component;

import shop.notifications.Notification;
import shop.notifications.Notifications;

/** Tells the customer their order is on its way: a call to the notifications module. */
@Component
class NotificationsClient {

    private final Notifications notifications;

    NotificationsClient(Notifications notifications) {
        this.notifications = notifications;
    }

    void orderConfirmed(String customerId, String orderId, String message) {
        notifications.send(new Notification(customerId, orderId, Notification.Kind.ORDER_CONFIRMED, message));
    }
}
