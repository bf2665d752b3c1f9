package shop.orders.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema orders of the shop's one database, used as the role orders (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class OrdersDatabase {

    @Bean
    JdbcClient ordersJdbc(DataSource shop) {
        return new ModuleSchema(shop, "orders").migrate().jdbcClient();
    }
}
