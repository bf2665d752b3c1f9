package shop.pricing;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Pricing's own database, as the pricing service had it: its own connection pool and migrations. */
@Configuration(proxyBeanMethods = false)
class PricingDatabase {

    @Bean
    @ConfigurationProperties("shop.pricing.datasource")
    HikariDataSource pricingDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient pricingJdbc(@Qualifier("pricingDataSource") DataSource pricing) {
        Flyway.configure().dataSource(pricing).locations("classpath:db/pricing").load().migrate();
        return JdbcClient.create(pricing);
    }
}
