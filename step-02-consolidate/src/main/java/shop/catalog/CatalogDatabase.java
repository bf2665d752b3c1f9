package shop.catalog;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalog's own database, as the catalog service had it: its own connection pool ({@code shop.catalog.datasource}
 * in application.properties) and its own migrations ({@code db/catalog}). The code moved, the data did not.
 */
@Configuration(proxyBeanMethods = false)
class CatalogDatabase {

    @Bean
    @ConfigurationProperties("shop.catalog.datasource")
    HikariDataSource catalogDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    /** Migrated before anyone can query it. */
    @Bean
    JdbcClient catalogJdbc(@Qualifier("catalogDataSource") DataSource catalog) {
        Flyway.configure().dataSource(catalog).locations("classpath:db/catalog").load().migrate();
        return JdbcClient.create(catalog);
    }
}
