package shop.payments;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Payments' own database, as the payments service had it: its own connection pool and migrations. */
@Configuration(proxyBeanMethods = false)
class PaymentsDatabase {

    @Bean
    @ConfigurationProperties("shop.payments.datasource")
    HikariDataSource paymentsDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient paymentsJdbc(@Qualifier("paymentsDataSource") DataSource payments) {
        Flyway.configure().dataSource(payments).locations("classpath:db/payments").load().migrate();
        return JdbcClient.create(payments);
    }
}
