package shop;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import workshop.support.exercise.Exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 03.2 Fix the drift: the shop keeps its own boundary rules, and it gets there through the modules' APIs, not by
 * loosening a rule or by moving a class into the module that wanted it.
 */
@Exercise("03.2")
class ModularityTest {

    @Test
    void theShopKeepsItsBoundaries() {
        assertThat(PlantedViolation.allMissedByTheRules())
                .as(lookAt("03.2", "this exercise builds on 03.1, and the rules in Boundaries do not catch every"
                        + " planted violation yet: ./workshop check 03.1"))
                .isEmpty();
        assertThat(new String[] {"shop.inventory.internal.StockLevels", "shop.pricing.Prices", "shop.catalog.Products"})
                .as(lookAt("03.2", "a class that moved out of its module, or out of its internal package, hides the"
                        + " drift instead of fixing it: put it back, and change the code that used it"))
                .allMatch(ModularityTest::exists);

        ApplicationModules modules = ApplicationModules.of(ShopApplication.class);
        List<String> exposed = modules.stream()
                .flatMap(module -> module.getNamedInterfaces().stream())
                .flatMap(NamedInterface::asJavaClasses)
                .map(JavaClass::getName)
                .filter(name -> name.contains(".internal."))
                .distinct()
                .sorted()
                .toList();
        assertThat(exposed)
                .as(lookAt("03.2", "these classes of an internal package are part of their module's API (a"
                        + " @NamedInterface, or an open module): an internal package stays internal, so change the"
                        + " code that used them to go through the module's API"))
                .isEmpty();

        assertThatCode(() -> Boundaries.verify(ShopApplication.class))
                .as(lookAt("03.2", "the shop breaks its boundary rules; fix each place the message names through"
                        + " the other module's API (or by deciding which of two modules owns the knowledge), not by"
                        + " loosening a rule"))
                .doesNotThrowAnyException();
        assertThatCode(modules::verify)
                .as(lookAt("03.2", "Spring Modulith finds a module that uses another's internal package, or two"
                        + " modules that depend on each other: Boundaries.verify must run that check on the shop as it"
                        + " does on the fixtures"))
                .doesNotThrowAnyException();
    }

    private static boolean exists(String className) {
        try {
            Class.forName(className);
            return true;
        } catch (ClassNotFoundException moved) {
            return false;
        }
    }
}
