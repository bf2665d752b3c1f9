package workshop.support.database;

import org.springframework.core.env.PropertySource;

/**
 * Answers {@code workshop.jdbc-url.<database>}, {@code workshop.jdbc-username} and {@code workshop.jdbc-password},
 * for applications with several data sources:
 * <pre>
 * shop.catalog.datasource.url=${workshop.jdbc-url.catalog}
 * </pre>
 * The shared server starts, and the database is created, only when such a property is first read.
 */
class WorkshopDatabasePropertySource extends PropertySource<Object> {

    private static final String URL_PREFIX = "workshop.jdbc-url.";

    WorkshopDatabasePropertySource() {
        super("workshopDatabases", new Object());
    }

    @Override
    public Object getProperty(String name) {
        if (name.startsWith(URL_PREFIX)) {
            return WorkshopDatabase.shared().jdbcUrl(name.substring(URL_PREFIX.length()));
        }
        return switch (name) {
            case "workshop.jdbc-username" -> WorkshopDatabase.shared().username();
            case "workshop.jdbc-password" -> WorkshopDatabase.shared().password();
            default -> null;
        };
    }
}
