package shop.shipping;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shipping's own database, as the shipping service had it: its own connection pool and migrations. */
@Configuration(proxyBeanMethods = false)
class ShippingDatabase {

    @Bean
    @ConfigurationProperties("shop.shipping.datasource")
    HikariDataSource shippingDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient shippingJdbc(@Qualifier("shippingDataSource") DataSource shipping) {
        Flyway.configure().dataSource(shipping).locations("classpath:db/shipping").load().migrate();
        return JdbcClient.create(shipping);
    }
}
