package workshop.support.database;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application that names its database ({@code workshop.database=orders}) a DataSource on the
 * workshop's PostgreSQL, so no service, test or step carries database boilerplate. An explicit
 * {@code spring.datasource.url} always wins. Applications with several data sources refer to
 * {@code ${workshop.jdbc-url.<database>}} instead (see {@link WorkshopDatabasePropertySource}).
 */
class WorkshopDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DATABASE_PROPERTY = "workshop.database";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new WorkshopDatabasePropertySource());
        String database = environment.getProperty(DATABASE_PROPERTY);
        if (database == null || environment.containsProperty("spring.datasource.url")) {
            return;
        }
        WorkshopDatabase postgres = WorkshopDatabase.shared();
        environment.getPropertySources().addLast(new MapPropertySource("workshopDatabase", Map.of(
                "spring.datasource.url", postgres.jdbcUrl(database),
                "spring.datasource.username", postgres.username(),
                "spring.datasource.password", postgres.password())));
    }
}
