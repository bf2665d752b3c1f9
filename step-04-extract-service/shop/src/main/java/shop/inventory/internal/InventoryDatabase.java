package shop.inventory.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema inventory of the shop's one database, used as the role inventory (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class InventoryDatabase {

    @Bean
    JdbcClient inventoryJdbc(DataSource shop) {
        return new ModuleSchema(shop, "inventory").migrate().jdbcClient();
    }
}
