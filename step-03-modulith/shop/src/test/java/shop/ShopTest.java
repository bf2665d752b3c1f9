package shop;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import workshop.support.api.SeededShop;
import workshop.support.api.ShopUnderTest;
import workshop.support.database.DatabaseFaults;
import workshop.support.ports.Ports;

import shop.shipping.RefusingShipping;

/**
 * The shop every test class runs against: the whole application on a port of its own, on the workshop's
 * PostgreSQL, with a carrier that a test can make refuse ({@link RefusingShipping}), a connection to the database
 * that a test can make fail ({@link DatabaseFaults}), and Spring Modulith's
 * {@code Scenario} for a test to stimulate the shop and wait for what follows; what a listener left undone is handed
 * back to it after a second, not after minutes (exercise 03.5). Every test class extends this one and adds no
 * configuration, so Spring starts the shop once per test JVM and all of them share it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"shop.events.resubmit-every=PT0.5S", "shop.events.resubmit-older-than=PT1S"})
@EnableScenarios
@Import({RefusingShipping.class, DatabaseFaults.class})
public abstract class ShopTest {

    /** A free port chosen before the shop starts, so that it is known in advance to the tests' parameters. */
    private static final int PORT = Ports.free(1).get(0);

    @Autowired
    private ApplicationContext shop;

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORT);
    }

    /** The public API, as a customer's browser uses it. */
    protected static ShopClient publicApi() {
        return new ShopClient(publicApiUrl());
    }

    private static String publicApiUrl() {
        return "http://localhost:" + PORT;
    }

    /** One of the seeded customers ({@code ada}, {@code grace}, {@code linus}), starting with an empty cart. */
    protected static Shopper shopperWithEmptyCart(String customerId) {
        return Shopper.withEmptyCart(publicApi(), customerId);
    }

    /** A module's own JdbcClient (the bean {@code <module>Jdbc}), to check what the module stored. */
    protected JdbcClient database(String module) {
        return shop.getBean(module + "Jdbc", JdbcClient.class);
    }

    /** The shop as kit-support's checkout suites read it: its public API, and each module's data. */
    protected ShopUnderTest seededShop() {
        return new SeededShop(publicApiUrl(), this::database);
    }

    protected ShopState state() {
        return new ShopState(this::database);
    }
}
