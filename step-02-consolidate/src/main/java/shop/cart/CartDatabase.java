package shop.cart;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The carts' own database, as the cart service had it: its own connection pool and migrations. */
@Configuration(proxyBeanMethods = false)
class CartDatabase {

    @Bean
    @ConfigurationProperties("shop.cart.datasource")
    HikariDataSource cartDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient cartJdbc(@Qualifier("cartDataSource") DataSource cart) {
        Flyway.configure().dataSource(cart).locations("classpath:db/cart").load().migrate();
        return JdbcClient.create(cart);
    }
}
