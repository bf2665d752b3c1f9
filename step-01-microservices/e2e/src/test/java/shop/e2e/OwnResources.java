package shop.e2e;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class loader one service of the shop runs with in the shared test JVM. Every service has its own
 * {@code application.properties} and {@code db/migration} at the root of its classpath; on the one classpath of
 * this JVM they would shadow each other, so each service sees only those beside its own classes. Classes come
 * from the shared class loader, as before.
 */
final class OwnResources extends ClassLoader {

    private static final List<String> PER_SERVICE = List.of("application.properties", "db/migration");

    private final String ownLocation;

    OwnResources(Class<?> application) {
        super(application.getClassLoader());
        // The service's classes folder in a build, or its jar.
        this.ownLocation = application.getProtectionDomain().getCodeSource().getLocation().toString();
    }

    @Override
    public URL getResource(String name) {
        if (!isPerService(name)) {
            return super.getResource(name);
        }
        Enumeration<URL> own = getResources(name);
        return own.hasMoreElements() ? own.nextElement() : null;
    }

    @Override
    public Enumeration<URL> getResources(String name) {
        try {
            List<URL> all = Collections.list(super.getResources(name));
            return Collections.enumeration(isPerService(name) ? all.stream().filter(this::isOwn).toList() : all);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isPerService(String name) {
        return PER_SERVICE.stream().anyMatch(name::startsWith);
    }

    private boolean isOwn(URL resource) {
        String location = resource.toString();
        return location.startsWith(ownLocation) || location.startsWith("jar:" + ownLocation);
    }
}
