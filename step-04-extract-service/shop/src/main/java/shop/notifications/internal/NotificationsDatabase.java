package shop.notifications.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema notifications of the shop's one database, used as the role notifications (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class NotificationsDatabase {

    @Bean
    JdbcClient notificationsJdbc(DataSource shop) {
        return new ModuleSchema(shop, "notifications").migrate().jdbcClient();
    }
}
