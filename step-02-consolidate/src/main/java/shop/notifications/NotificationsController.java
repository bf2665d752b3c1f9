package shop.notifications;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The notifications service's HTTP API, at the same path as in step 01. */
@RestController
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Accepted, not delivered: a real shop would deliver it later, by mail or SMS. */
    @PostMapping("/notifications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void send(@Valid @RequestBody Notification notification) {
        notifications.send(notification);
    }
}
