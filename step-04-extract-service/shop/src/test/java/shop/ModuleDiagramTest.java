package shop;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The step README draws the modules of the solved shop; this test, which comes with the last exercise's solution,
 * keeps that drawing true to the code. Spring Modulith's Documenter writes its own diagrams and module canvases
 * beside it, in {@code target/spring-modulith-docs}.
 */
class ModuleDiagramTest {

    /** Maven runs the tests in the module's folder, {@code shop}; the README is the step's. */
    private static final Path README = Path.of("..", "README.md");

    @Test
    void theReadmeDrawsTheModulesAsTheCodeHasThem() {
        ApplicationModules modules = ApplicationModules.of(ShopApplication.class);
        new Documenter(modules).writeDocumentation();
        String drawn = ModuleDiagram.mermaid(modules);

        assertThat(ModuleDiagram.inReadme(README))
                .as("the diagram after '" + ModuleDiagram.README_MARKER + "' in the step's README; the code draws it"
                        + " as:%n%s", drawn)
                .isEqualTo(drawn);
    }
}
