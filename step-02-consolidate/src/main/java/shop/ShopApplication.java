package shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * The shop as one application: the eleven services of step 01 are its packages ({@code shop.catalog},
 * {@code shop.orders}, ...), started together in one JVM on one port.
 * <p>
 * Several services had a class of the same name (orders, cart and the gateway each have a {@code CatalogClient}),
 * so each bean is named after its fully qualified class name, not its simple one.
 */
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
