package shop.customers;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customers' own database, as the customers service had it: its own connection pool and migrations. */
@Configuration(proxyBeanMethods = false)
class CustomersDatabase {

    @Bean
    @ConfigurationProperties("shop.customers.datasource")
    HikariDataSource customersDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient customersJdbc(@Qualifier("customersDataSource") DataSource customers) {
        Flyway.configure().dataSource(customers).locations("classpath:db/customers").load().migrate();
        return JdbcClient.create(customers);
    }
}
