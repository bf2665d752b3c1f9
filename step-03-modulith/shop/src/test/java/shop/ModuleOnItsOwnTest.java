package shop;

import java.util.List;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.failure;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 03.6 A module on its own: shipping reacts to {@code OrderPlaced} with what the event carries, so it starts and is
 * tested without any other module's beans ({@code shipping.ShippingModuleTest}, a STANDALONE
 * {@code @ApplicationModuleTest}).
 */
@Exercise("03.6")
class ModuleOnItsOwnTest {

    @Test
    void shippingNeedsNoBeanOfAnotherModuleToStart() {
        try {
            Class.forName("shop.orders.OrderPlaced");
        } catch (ClassNotFoundException missing) {
            throw failure("03.6", "shipping has no OrderPlaced to react to yet: this exercise builds on 03.3,"
                    + " ./workshop check 03.3");
        }
        ApplicationModules modules = ApplicationModules.of(ShopApplication.class);
        ApplicationModule shipping = modules.getModuleByName("shipping").orElseThrow();
        List<String> needed = shipping.getBootstrapDependencies(modules)
                .filter(module -> !modules.getSharedModules().contains(module))
                .map(module -> module.getIdentifier().toString()).sorted().toList();

        assertThat(needed).as(lookAt("03.6", "shipping cannot start on its own: its beans need beans of " + needed
                        + ", so a STANDALONE @ApplicationModuleTest of shipping fails to start. Let OrderPlaced carry"
                        + " what shipping needs"))
                .isEmpty();
    }
}
