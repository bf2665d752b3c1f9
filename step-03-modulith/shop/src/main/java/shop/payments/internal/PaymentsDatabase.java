package shop.payments.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema payments of the shop's one database, used as the role payments (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class PaymentsDatabase {

    @Bean
    JdbcClient paymentsJdbc(DataSource shop) {
        return new ModuleSchema(shop, "payments").migrate().jdbcClient();
    }
}
