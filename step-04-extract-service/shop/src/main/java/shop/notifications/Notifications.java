package shop.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Sends messages to customers. There is no mail server: a message is kept and written to the log instead. */
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
        log.info("{} to {} about {}: {}", notification.kind(), notification.customerId(), notification.orderId(),
                notification.message());
    }
}
