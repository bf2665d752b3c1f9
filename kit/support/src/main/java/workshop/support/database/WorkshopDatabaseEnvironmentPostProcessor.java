package workshop.support.database;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Gives every application that names its database ({@code workshop.database=orders}) a DataSource on the
 * workshop's PostgreSQL, so no service, test or step carries database boilerplate. An explicit
 * {@code spring.datasource.url} always wins. Applications with several data sources refer to
 * {@code ${workshop.jdbc-url.<database>}} instead (see {@link WorkshopDatabasePropertySource}).
 * <p>
 * An application that uses the workshop's database has it started now, in the background: the server takes half a
 * second to a second, which the application spends creating its context instead of waiting for its first DataSource.
 */
class WorkshopDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String DATABASE_PROPERTY = "workshop.database";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Building an application's ahead-of-time code evaluates its configuration without running it. No condition
        // reads the database, so the generated code is the same without one, and the build starts no server for it.
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            return;
        }
        boolean explicitUrl = environment.containsProperty("spring.datasource.url");
        String database = explicitUrl ? null : environment.getProperty(DATABASE_PROPERTY);
        if (database != null || refersToWorkshopDatabases(environment)) {
            WorkshopDatabase.startInBackground();
        }
        environment.getPropertySources().addLast(new WorkshopDatabasePropertySource(database));
    }

    private static boolean refersToWorkshopDatabases(ConfigurableEnvironment environment) {
        return environment.getPropertySources().stream()
                .filter(EnumerablePropertySource.class::isInstance)
                .map(EnumerablePropertySource.class::cast)
                .flatMap(source -> Arrays.stream(source.getPropertyNames()).map(source::getProperty))
                .anyMatch(value -> value instanceof String text
                        && text.contains("${" + WorkshopDatabasePropertySource.URL_PREFIX));
    }
}
