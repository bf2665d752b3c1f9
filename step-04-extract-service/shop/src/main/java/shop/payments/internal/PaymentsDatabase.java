package shop.payments.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/**
 * When payments runs in the shop's process, its tables are the schema payments of the shop's one database, used as
 * the role payments (see ModuleSchema). The module's code and migrations come from its own jar; this is the one part
 * of the module that belongs to the shop: where its data lives here.
 */
@Configuration(proxyBeanMethods = false)
class PaymentsDatabase {

    @Bean
    JdbcClient paymentsJdbc(DataSource shop) {
        return new ModuleSchema(shop, "payments").migrate().jdbcClient();
    }
}
