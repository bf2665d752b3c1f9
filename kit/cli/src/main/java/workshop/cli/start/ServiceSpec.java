package workshop.cli.start;

/**
 * One JVM of a step's shop.
 *
 * @param module    the Maven module's folder below the step folder, e.g. {@code catalog}
 * @param mainClass the class that starts it, e.g. {@code shop.catalog.CatalogApplication}
 */
record ServiceSpec(String name, int port, String module, String mainClass) {

    /** Step 01's convention: folder, package and main class are all named after the service. */
    static ServiceSpec named(String name, int port) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return new ServiceSpec(name, port, name, "shop." + name + "." + capitalised + "Application");
    }
}
