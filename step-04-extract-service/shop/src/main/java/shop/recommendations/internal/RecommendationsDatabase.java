package shop.recommendations.internal;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.database.ModuleSchema;

/** The schema recommendations of the shop's one database, used as the role recommendations (see ModuleSchema). */
@Configuration(proxyBeanMethods = false)
class RecommendationsDatabase {

    @Bean
    JdbcClient recommendationsJdbc(DataSource shop) {
        return new ModuleSchema(shop, "recommendations").migrate().jdbcClient();
    }
}
