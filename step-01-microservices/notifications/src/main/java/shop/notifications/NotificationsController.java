package shop.notifications;

import java.util.List;

import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class NotificationsController {

    private static final Logger log = LoggerFactory.getLogger(NotificationsController.class);

    private final JdbcClient jdbc;

    NotificationsController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Accepted, not delivered: delivery would happen later, by mail or SMS. */
    @PostMapping("/notifications")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void send(@Valid @RequestBody Notification notification) {
        jdbc.sql("insert into notifications (customer_id, order_id, kind, message) values (?, ?, ?, ?)")
                .params(notification.customerId(), notification.orderId(), notification.kind().name(),
                        notification.message())
                .update();
        log.info("To {}: {}", notification.customerId(), notification.message());
    }

    @GetMapping("/notifications")
    List<Notification> sentTo(@RequestParam String customerId) {
        return jdbc.sql("select customer_id, order_id, kind, message from notifications where customer_id = ? order by id")
                .param(customerId)
                .query(Notification.class)
                .list();
    }
}
