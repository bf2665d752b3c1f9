package workshop.support.database;

import java.util.Set;

import org.springframework.core.env.EnumerablePropertySource;

/**
 * An application's data source properties as they are on the workshop's server (see {@link WorkshopDataSources}),
 * ahead of the application's own. A database is created only when its URL is first read, and that read waits for
 * the server if it is still starting.
 */
class WorkshopDatabasePropertySource extends EnumerablePropertySource<WorkshopDataSources> {

    private final Set<String> names;

    WorkshopDatabasePropertySource(WorkshopDataSources dataSources) {
        super("workshopDatabase", dataSources);
        this.names = dataSources.propertyNames();
    }

    /** Without reading a value: Spring Boot asks whether a URL is set long before it needs the URL. */
    @Override
    public boolean containsProperty(String name) {
        return names.contains(name);
    }

    @Override
    public String[] getPropertyNames() {
        return names.toArray(String[]::new);
    }

    @Override
    public Object getProperty(String name) {
        return containsProperty(name) ? getSource().valueOn(WorkshopDatabase.shared(), name) : null;
    }
}
