package shop.orders;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The orders' own database, as the orders service had it: its own connection pool, migrations and transaction
 * manager, so an order is stored with all its lines or not at all.
 */
@Configuration(proxyBeanMethods = false)
class OrdersDatabase {

    @Bean
    @ConfigurationProperties("shop.orders.datasource")
    HikariDataSource ordersDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient ordersJdbc(@Qualifier("ordersDataSource") DataSource orders) {
        Flyway.configure().dataSource(orders).locations("classpath:db/orders").load().migrate();
        return JdbcClient.create(orders);
    }

    @Bean
    JdbcTransactionManager ordersTransactions(@Qualifier("ordersDataSource") DataSource orders) {
        return new JdbcTransactionManager(orders);
    }
}
