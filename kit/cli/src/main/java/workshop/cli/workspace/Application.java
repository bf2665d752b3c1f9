package workshop.cli.workspace;

import java.nio.file.Path;

/**
 * One application of a step, as its step file declares it: a JVM of the step's shop.
 *
 * @param module    the Maven module's folder below the step folder, e.g. {@code catalog}; {@value #STEP_ITSELF} when
 *                  the step folder is the module
 * @param mainClass the class that starts it, e.g. {@code shop.catalog.CatalogApplication}
 * @param port      the port it listens on, the {@code server.port} of its {@code application.properties}
 */
public record Application(String name, String module, String mainClass, int port) {

    public static final String STEP_ITSELF = ".";

    public boolean isStepItself() {
        return module.equals(STEP_ITSELF);
    }

    public Path moduleDir(Path stepDir) {
        return stepDir.resolve(module).normalize();
    }
}
