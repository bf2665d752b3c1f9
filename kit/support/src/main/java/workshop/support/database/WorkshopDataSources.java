package workshop.support.database;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL data sources an application names in its plain Spring Boot properties, found by their URLs
 * ({@code spring.datasource.url=jdbc:postgresql://localhost:5432/orders}, or a module's own
 * {@code shop.catalog.datasource.jdbc-url=...}), and the same properties pointed at the workshop's server: the same
 * database names on the server's address, with its user and password. The tests (through
 * {@link WorkshopDatabaseEnvironmentPostProcessor}) and {@code ./workshop start} (as command-line arguments of the
 * JVMs it launches) move an application onto the workshop's database in this one way, so the application itself
 * needs nothing of the workshop.
 */
public final class WorkshopDataSources {

    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://[^/]*/([^?]+)(\\?.*)?");

    /** The database each URL property names, in the order the application lists them. */
    private final Map<String, String> databaseByUrlProperty;

    private WorkshopDataSources(Map<String, String> databaseByUrlProperty) {
        this.databaseByUrlProperty = Collections.unmodifiableMap(databaseByUrlProperty);
    }

    /** The data sources among an application's properties: every property whose value is a PostgreSQL URL. */
    public static WorkshopDataSources in(Map<String, ?> properties) {
        Map<String, String> databases = new LinkedHashMap<>();
        properties.forEach((name, value) -> {
            Matcher url = POSTGRES_URL.matcher(String.valueOf(value).trim());
            if (url.matches()) {
                databases.put(name, url.group(1));
            }
        });
        return new WorkshopDataSources(databases);
    }

    public boolean isEmpty() {
        return databaseByUrlProperty.isEmpty();
    }

    /** Every property this moves: each data source's URL and, beside it, its username and password. */
    Set<String> propertyNames() {
        Set<String> names = new LinkedHashSet<>();
        databaseByUrlProperty.keySet().forEach(url -> {
            names.add(url);
            prefix(url).ifPresent(prefix -> {
                names.add(prefix + "username");
                names.add(prefix + "password");
            });
        });
        return names;
    }

    /**
     * The value a property takes on the workshop's server; reading a URL creates its database if it is missing, and
     * waits for the server should it still be starting.
     */
    String valueOn(WorkshopDatabase database, String property) {
        String name = databaseByUrlProperty.get(property);
        if (name != null) {
            return database.jdbcUrl(name);
        }
        if (property.endsWith(".username")) {
            return database.username();
        }
        return database.password();
    }

    /** Every moved property with its value, for a JVM that has no kit on its classpath. */
    public Map<String, String> on(WorkshopDatabase database) {
        Map<String, String> values = new LinkedHashMap<>();
        propertyNames().forEach(property -> values.put(property, valueOn(database, property)));
        return values;
    }

    /** {@code shop.catalog.datasource.} of {@code shop.catalog.datasource.jdbc-url}: where username and password sit. */
    private static Optional<String> prefix(String urlProperty) {
        return List.of(".url", ".jdbc-url").stream().filter(urlProperty::endsWith).findFirst()
                .map(url -> urlProperty.substring(0, urlProperty.length() - url.length() + 1));
    }
}
