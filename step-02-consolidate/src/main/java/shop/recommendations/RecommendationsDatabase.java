package shop.recommendations;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recommendations' own database, as the recommendations service had it: its own connection pool and migrations. */
@Configuration(proxyBeanMethods = false)
class RecommendationsDatabase {

    @Bean
    @ConfigurationProperties("shop.recommendations.datasource")
    HikariDataSource recommendationsDataSource() {
        return DataSourceBuilder.create().type(HikariDataSource.class).build();
    }

    @Bean
    JdbcClient recommendationsJdbc(@Qualifier("recommendationsDataSource") DataSource recommendations) {
        Flyway.configure().dataSource(recommendations).locations("classpath:db/recommendations").load().migrate();
        return JdbcClient.create(recommendations);
    }
}
