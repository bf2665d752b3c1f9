package shop.shipping.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema shipping of the shop's one database, used as the role shipping (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class ShippingDatabase {

    @Bean
    JdbcClient shippingJdbc(DataSource shop) {
        return new ModuleSchema(shop, "shipping").migrate().jdbcClient();
    }
}
