package shop;

import org.springframework.boot.SpringApplication;

/**
 * Runs the shop from the IDE with no database to set up: on the test classpath, kit-support points its data sources
 * at the workshop's PostgreSQL (embedded, unless {@code WORKSHOP_DB} or {@code WORKSHOP_DB_URL} say otherwise).
 */
public class TestShopApplication {

    public static void main(String[] args) {
        SpringApplication.from(ShopApplication::main).run(args);
    }
}
