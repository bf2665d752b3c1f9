package shop.catalog.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema catalog of the shop's one database, used as the role catalog (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class CatalogDatabase {

    @Bean
    JdbcClient catalogJdbc(DataSource shop) {
        return new ModuleSchema(shop, "catalog").migrate().jdbcClient();
    }
}
