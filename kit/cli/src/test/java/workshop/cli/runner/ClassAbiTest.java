package workshop.cli.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassAbiTest {

    private static final String CART = """
            package shop;

            public class Cart {
                public static final int MOST_ITEMS = 50;

                public int add(int quantity) {
                    return quantity;
                }

                public record Line(String sku, int quantity) {
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void a_new_method_body_or_private_member_keeps_the_outline() throws IOException {
        ClassAbi before = compiled("before", CART);

        assertThat(before.keptBy(compiled("body", CART.replace("return quantity;", "return Math.max(0, quantity);"))))
                .isTrue();
        assertThat(before.keptBy(compiled("private", CART.replace("public int add",
                "private int checked(int quantity) {\n return quantity;\n }\n public int add")))).isTrue();
        assertThat(before.keptBy(compiled("added", CART.replace("public record", "public enum Size { SMALL }\n public record"))))
                .as("a class no one used before").isTrue();
    }

    @Test
    void a_changed_signature_constant_or_removed_class_changes_the_outline() throws IOException {
        ClassAbi before = compiled("before", CART);

        assertThat(before.keptBy(compiled("signature", CART.replace("int add(int quantity)", "long add(int quantity)"))))
                .isFalse();
        assertThat(before.keptBy(compiled("constant", CART.replace("= 50", "= 60")))).as("inlined by its users").isFalse();
        assertThat(before.keptBy(compiled("removed", CART.replace("public record Line(String sku, int quantity) {\n    }", ""))))
                .isFalse();
        assertThat(before.keptBy(compiled("visibility", CART.replace("public int add", "int add")))).isFalse();
    }

    private ClassAbi compiled(String name, String source) throws IOException {
        Path sources = dir.resolve(name + "/src/shop");
        Path classes = dir.resolve(name + "/classes");
        Path file = sources.resolve("Cart.java");
        Files.createDirectories(sources);
        Files.writeString(file, source);
        assertThat(JavaCompilation.withRelease("17").orElseThrow()
                .compile(List.of(file), classes, List.of(), dir.resolve(name + "/compile.log"))).isTrue();
        return ClassAbi.of(classes.resolve("shop"), "Cart.java");
    }
}
