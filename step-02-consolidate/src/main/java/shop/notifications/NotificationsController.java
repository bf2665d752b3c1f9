package shop.notifications;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The notifications service's HTTP API, at the same paths as in step 01. */
@RestController
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Accepted, not delivered: delivery would happen later, by mail or SMS. */
    @PostMapping("/notifications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void send(@Valid @RequestBody Notification notification) {
        notifications.send(notification);
    }

    @GetMapping("/notifications")
    List<Notification> sentTo(@RequestParam String customerId) {
        return notifications.sentTo(customerId);
    }
}
