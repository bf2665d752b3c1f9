package shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The shop as one application made of modules. Each package directly in {@code shop} is a Spring Modulith
 * application module: catalog, pricing, inventory, cart, orders, payments, shipping, customers, notifications and
 * recommendations. A module's API is the types directly in its package; what it keeps to itself lives in its
 * {@code internal} package. {@code database} and {@code web} hold what every module uses, so a module started on its
 * own in a test brings them along.
 * <p>
 * Several modules have a class of the same name (orders, cart and recommendations each have a
 * {@code CatalogClient}), so each bean is named after its fully qualified class name, not its simple one.
 */
@Modulithic(sharedModules = {"database", "web"})
@EnableAsync
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
