package shop.inventory;

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
 * Inventory's own database, as the inventory service had it: its own connection pool, migrations and transaction
 * manager, for reservations that take every line or none.
 */
@Configuration(proxyBeanMethods = false)
class InventoryDatabase {

    @Bean
    @ConfigurationProperties("shop.inventory.datasource")
    HikariDataSource inventoryDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient inventoryJdbc(@Qualifier("inventoryDataSource") DataSource inventory) {
        Flyway.configure().dataSource(inventory).locations("classpath:db/inventory").load().migrate();
        return JdbcClient.create(inventory);
    }

    @Bean
    JdbcTransactionManager inventoryTransactions(@Qualifier("inventoryDataSource") DataSource inventory) {
        return new JdbcTransactionManager(inventory);
    }
}
