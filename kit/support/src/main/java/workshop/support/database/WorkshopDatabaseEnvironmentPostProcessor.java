package workshop.support.database;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * In tests, and in an application started from its test classpath ({@code TestOrdersApplication}), points every
 * PostgreSQL data source the application names in its plain properties at the workshop's server, database by
 * database: kit-support is a test dependency only, so the shop itself never sees this.
 * <p>
 * The server is started now, in the background: it takes half a second to a second, which the application spends
 * creating its context instead of waiting for its first connection.
 */
class WorkshopDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Building an application's ahead-of-time code evaluates its configuration without running it. No condition
        // reads the database, so the generated code is the same without one, and the build starts no server for it.
        if (Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            return;
        }
        WorkshopDataSources dataSources = WorkshopDataSources.in(properties(environment));
        if (dataSources.isEmpty()) {
            return;
        }
        WorkshopDatabase.startInBackground();
        environment.getPropertySources().addFirst(new WorkshopDatabasePropertySource(dataSources));
    }

    /** The properties as written, placeholders unresolved: a URL is recognised by its text alone. */
    private static Map<String, Object> properties(ConfigurableEnvironment environment) {
        Map<String, Object> properties = new LinkedHashMap<>();
        environment.getPropertySources().stream()
                .filter(EnumerablePropertySource.class::isInstance)
                .map(EnumerablePropertySource.class::cast)
                .forEach(source -> {
                    for (String name : source.getPropertyNames()) {
                        properties.putIfAbsent(name, source.getProperty(name));
                    }
                });
        return properties;
    }
}
