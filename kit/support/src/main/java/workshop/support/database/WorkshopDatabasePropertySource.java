package workshop.support.database;

import java.util.Set;

import org.springframework.core.env.PropertySource;

/**
 * Answers {@code workshop.jdbc-url.<database>}, {@code workshop.jdbc-username} and {@code workshop.jdbc-password},
 * for applications with several data sources:
 * <pre>
 * shop.catalog.datasource.url=${workshop.jdbc-url.catalog}
 * </pre>
 * and, for an application that names its one database ({@code workshop.database=orders}), Spring Boot's
 * {@code spring.datasource.url}, {@code username} and {@code password}. A database is created only when its URL is
 * first read, and that read waits for the server if it is still starting.
 */
class WorkshopDatabasePropertySource extends PropertySource<Object> {

    static final String URL_PREFIX = "workshop.jdbc-url.";

    private static final Set<String> DATA_SOURCE = Set.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password");

    /** The application's one database, or null when it names none. */
    private final String database;

    WorkshopDatabasePropertySource(String database) {
        super("workshopDatabases", new Object());
        this.database = database;
    }

    /** Without reading a value: Spring Boot asks whether a URL is set long before it needs the URL. */
    @Override
    public boolean containsProperty(String name) {
        return name.startsWith(URL_PREFIX) || name.equals("workshop.jdbc-username")
                || name.equals("workshop.jdbc-password") || (database != null && DATA_SOURCE.contains(name));
    }

    @Override
    public Object getProperty(String name) {
        if (!containsProperty(name)) {
            return null;
        }
        if (name.startsWith(URL_PREFIX)) {
            return WorkshopDatabase.shared().jdbcUrl(name.substring(URL_PREFIX.length()));
        }
        return switch (name) {
            case "spring.datasource.url" -> WorkshopDatabase.shared().jdbcUrl(database);
            case "workshop.jdbc-username", "spring.datasource.username" -> WorkshopDatabase.shared().username();
            case "workshop.jdbc-password", "spring.datasource.password" -> WorkshopDatabase.shared().password();
            default -> null;
        };
    }
}
