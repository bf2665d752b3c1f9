package shop.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Tells the customer their order is on its way. */
@Component
class NotificationsClient {

    private final RestClient notifications;

    NotificationsClient(RestClient.Builder builder, @Value("${shop.services.notifications.url}") String url) {
        this.notifications = builder.baseUrl(url).build();
    }

    void orderConfirmed(String customerId, String orderId, String message) {
        ServiceCall.to("notifications", () -> notifications.post().uri("/notifications")
                .body(new Notification(customerId, orderId, "ORDER_CONFIRMED", message))
                .retrieve()
                .toBodilessEntity());
    }

    record Notification(String customerId, String orderId, String kind, String message) {
    }
}
