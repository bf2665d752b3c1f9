package shop.notifications;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Notifications' own database, as the notifications service had it: its own connection pool and migrations. */
@Configuration(proxyBeanMethods = false)
class NotificationsDatabase {

    @Bean
    @ConfigurationProperties("shop.notifications.datasource")
    HikariDataSource notificationsDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient notificationsJdbc(@Qualifier("notificationsDataSource") DataSource notifications) {
        Flyway.configure().dataSource(notifications).locations("classpath:db/notifications").load().migrate();
        return JdbcClient.create(notifications);
    }
}
