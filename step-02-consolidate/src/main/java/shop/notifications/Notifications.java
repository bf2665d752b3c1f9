package shop.notifications;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Tells customers about their orders. The shop sends no real mail: the message is logged, and the table is the
 * outbox a support person reads.
 */
@Service
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final JdbcClient jdbc;

    Notifications(@Qualifier("notificationsJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void send(Notification notification) {
        jdbc.sql("insert into notifications (customer_id, order_id, kind, message) values (?, ?, ?, ?)")
                .params(notification.customerId(), notification.orderId(), notification.kind().name(),
                        notification.message())
                .update();
        log.info("To {}: {}", notification.customerId(), notification.message());
    }

    List<Notification> sentTo(String customerId) {
        return jdbc.sql("select customer_id, order_id, kind, message from notifications where customer_id = ? order by id")
                .param(customerId)
                .query(Notification.class)
                .list();
    }
}
