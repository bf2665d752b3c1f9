package shop.cart.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema cart of the shop's one database, used as the role cart (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class CartDatabase {

    @Bean
    JdbcClient cartJdbc(DataSource shop) {
        return new ModuleSchema(shop, "cart").migrate().jdbcClient();
    }
}
