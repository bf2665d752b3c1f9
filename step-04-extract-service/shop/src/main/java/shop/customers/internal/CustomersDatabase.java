package shop.customers.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema customers of the shop's one database, used as the role customers (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class CustomersDatabase {

    @Bean
    JdbcClient customersJdbc(DataSource shop) {
        return new ModuleSchema(shop, "customers").migrate().jdbcClient();
    }
}
