package shop.pricing.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema pricing of the shop's one database, used as the role pricing (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class PricingDatabase {

    @Bean
    JdbcClient pricingJdbc(DataSource shop) {
        return new ModuleSchema(shop, "pricing").migrate().jdbcClient();
    }
}
