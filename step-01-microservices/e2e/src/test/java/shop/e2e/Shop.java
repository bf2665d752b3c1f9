package shop.e2e;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import workshop.support.api.SeededShop;
import workshop.support.api.ShopUnderTest;
import workshop.support.database.DatabaseFaults;
import workshop.support.ports.Ports;

import shop.cart.CartApplication;
import shop.catalog.CatalogApplication;
import shop.customers.CustomersApplication;
import shop.gateway.GatewayApplication;
import shop.inventory.InventoryApplication;
import shop.notifications.NotificationsApplication;
import shop.orders.OrdersApplication;
import shop.payments.PaymentsApplication;
import shop.pricing.PricingApplication;
import shop.recommendations.RecommendationsApplication;
import shop.shipping.ShippingApplication;

/**
 * The whole shop in this JVM: the eleven services as eleven Spring contexts, each on its own port with its own
 * database on the workshop's PostgreSQL, wired to each other by URL as in production. Started on first use and
 * shared by every test class of the JVM. Each service's database can be made to fail ({@link DatabaseFaults}), and
 * a service can be taken off the network and brought back.
 */
public final class Shop {

    private static final Map<String, Class<?>> SERVICES = services();

    private static Shop running;

    private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();

    /** Chosen before any service starts, so that each can be given the URLs of the others. */
    private final Map<String, Integer> ports = new LinkedHashMap<>();

    private Shop() {
    }

    public static synchronized Shop running() {
        if (running == null) {
            Shop shop = new Shop();
            shop.startAll();
            running = shop;
        }
        return running;
    }

    private static Map<String, Class<?>> services() {
        Map<String, Class<?>> services = new LinkedHashMap<>();
        services.put("gateway", GatewayApplication.class);
        services.put("catalog", CatalogApplication.class);
        services.put("pricing", PricingApplication.class);
        services.put("inventory", InventoryApplication.class);
        services.put("cart", CartApplication.class);
        services.put("orders", OrdersApplication.class);
        services.put("payments", PaymentsApplication.class);
        services.put("shipping", ShippingApplication.class);
        services.put("customers", CustomersApplication.class);
        services.put("notifications", NotificationsApplication.class);
        services.put("recommendations", RecommendationsApplication.class);
        return services;
    }

    /**
     * Every service gets its port before any starts, so each knows the URLs of those it calls and all can start at
     * once: on two cores that takes half the time of one after the other.
     */
    private void startAll() {
        // Logback is configured once for the JVM, by logback-test.xml: Spring Boot would configure it again for each
        // context, and contexts starting at once would reset it while the others log. Tomcat logs through
        // java.util.logging, which Spring Boot would otherwise have routed to Logback.
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        Iterator<Integer> freePorts = Ports.free(SERVICES.size()).iterator();
        SERVICES.keySet().forEach(service -> ports.put(service, freePorts.next()));
        ExecutorService starter = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            Map<String, Future<ConfigurableApplicationContext>> starting = new LinkedHashMap<>();
            ports.forEach((service, port) ->
                    starting.put(service, starter.submit(() -> start(SERVICES.get(service), port, Map.of()))));
            for (Map.Entry<String, Future<ConfigurableApplicationContext>> service : starting.entrySet()) {
                services.put(service.getKey(), started(service.getValue()));
            }
        } catch (RuntimeException failure) {
            // Free the ports and connections, so the next test class can try again and fail with the same cause.
            starter.shutdownNow();
            services.values().forEach(ConfigurableApplicationContext::close);
            throw failure;
        } finally {
            starter.shutdown();
        }
    }

    /**
     * Starts one more instance of a service beside the running shop, calling the shop's services except where
     * {@code properties} say otherwise (e.g. {@code shop.services.shipping.url} of a stand-in). The caller closes it.
     */
    public ConfigurableApplicationContext start(Class<?> application, Map<String, String> properties) {
        return start(application, 0, properties);
    }

    private ConfigurableApplicationContext start(Class<?> application, int port, Map<String, String> properties) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", String.valueOf(port));
        ports.forEach((service, itsPort) -> settings.put("shop.services." + service + ".url", "http://localhost:" + itsPort));
        if (application == GatewayApplication.class) {
            // The gateway owns no data; here it shares a classpath with the JDBC of the others.
            settings.put("spring.autoconfigure.exclude", DataSourceAutoConfiguration.class.getName());
        }
        settings.putAll(properties);
        return new SpringApplicationBuilder(application, DatabaseFaults.class)
                .main(application)
                // The shop lives as long as the test JVM, and nothing of it outlives the JVM (the database stops with it),
                // so its contexts are not closed one after the other at exit: that took 0.6 s of every check.
                .registerShutdownHook(false)
                .resourceLoader(new DefaultResourceLoader(new OwnResources(application)))
                .run(settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
    }

    private static ConfigurableApplicationContext started(Future<ConfigurableApplicationContext> starting) {
        try {
            return starting.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the shop started", e);
        }
    }

    /**
     * Takes a service off the network, as when its process stops: its port is closed, and with it the connections
     * other services kept open to it, until {@link #bringBack(String)}. What it stored stays.
     */
    public void takeDown(String service) {
        context(service).stop();
    }

    /** Opens a service's port again, the same port, after {@link #takeDown(String)}. */
    public void bringBack(String service) {
        context(service).start();
    }

    /** The faults between a service and its database, for a test to arm. */
    public DatabaseFaults databaseFaults(String service) {
        return context(service).getBean(DatabaseFaults.class);
    }

    /** The port a service listens on, e.g. for a stand-in to take over while it is down. */
    public int port(String service) {
        return ports.get(service);
    }

    /** The base URL of a running service, e.g. {@code http://localhost:41234}. */
    public String url(String service) {
        return url(context(service));
    }

    public static String url(ConfigurableApplicationContext service) {
        return "http://localhost:" + port(service);
    }

    /** The public API, as a customer's browser uses it. */
    public ShopClient gateway() {
        return client("gateway");
    }

    /** The shop as kit-support's checkout suites read it: the gateway, and each service's own database. */
    public ShopUnderTest seededShop() {
        return new SeededShop(url("gateway"), this::database);
    }

    /** A service's internal API, to look behind the gateway. */
    public ShopClient client(String service) {
        return new ShopClient(url(service));
    }

    /** A service's own database, to check what it stored. */
    public JdbcClient database(String service) {
        return context(service).getBean(JdbcClient.class);
    }

    private ConfigurableApplicationContext context(String service) {
        ConfigurableApplicationContext context = services.get(service);
        if (context == null) {
            throw new IllegalArgumentException("The shop has no service " + service + "; it has " + services.keySet());
        }
        return context;
    }

    private static int port(ConfigurableApplicationContext service) {
        return Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
