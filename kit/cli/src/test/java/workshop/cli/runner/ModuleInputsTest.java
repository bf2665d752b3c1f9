package workshop.cli.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleInputsTest {

    @TempDir
    Path module;

    @Test
    void names_what_was_added_changed_or_deleted_since_the_inputs_a_build_saw() throws Exception {
        write("pom.xml", "<project/>");
        write("src/main/java/shop/Cart.java", "class Cart {}");
        write("src/main/java/shop/Old.java", "class Old {}");
        Path file = module.resolve("target/workshop/inputs.txt");
        inputs().write(file);

        write("src/main/java/shop/Cart.java", "class Cart { int items; }");
        write("src/test/java/shop/CartTest.java", "class CartTest {}");
        Files.delete(module.resolve("src/main/java/shop/Old.java"));
        ModuleInputs now = inputs();
        var changed = now.changedSince(ModuleInputs.read(file));

        assertThat(changed).containsExactly("src/main/java/shop/Cart.java", "src/main/java/shop/Old.java",
                "src/test/java/shop/CartTest.java");
        assertThat(now.deleted(changed)).containsExactly("src/main/java/shop/Old.java");
    }

    @Test
    void nothing_changed_is_nothing_to_build() throws Exception {
        write("pom.xml", "<project/>");
        write("src/main/resources/application.properties", "server.port=8081");

        assertThat(inputs().changedSince(inputs())).isEmpty();
    }

    private ModuleInputs inputs() {
        return ModuleInputs.of(module, List.of(module.resolve("pom.xml")));
    }

    private void write(String path, String content) throws Exception {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
