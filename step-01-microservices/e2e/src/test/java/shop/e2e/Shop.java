package shop.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;

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
 * The whole shop in this JVM: the eleven services as eleven Spring contexts, each on a random port with its own
 * database on the workshop's PostgreSQL, wired to each other by URL as in production. Started on first use and
 * shared by every test class of the JVM.
 */
public final class Shop {

    private static Shop running;

    private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();

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

    private void startAll() {
        // Services that call nobody first, so every other one can be given the URLs of those it calls.
        List<Class<?>> inOrder = List.of(CatalogApplication.class, PricingApplication.class,
                InventoryApplication.class, PaymentsApplication.class, ShippingApplication.class,
                CustomersApplication.class, NotificationsApplication.class,
                CartApplication.class, RecommendationsApplication.class, OrdersApplication.class,
                GatewayApplication.class);
        try {
            inOrder.forEach(application -> add(start(application, Map.of())));
        } catch (RuntimeException failure) {
            // Free the ports and connections, so the next test class can try again and fail with the same cause.
            services.values().forEach(ConfigurableApplicationContext::close);
            throw failure;
        }
    }

    /**
     * Starts one more instance of a service beside the running shop, calling the shop's services except where
     * {@code properties} say otherwise (e.g. {@code shop.services.shipping.url} of a stand-in). The caller closes it.
     */
    public ConfigurableApplicationContext start(Class<?> application, Map<String, String> properties) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        services.keySet().forEach(service -> settings.put("shop.services." + service + ".url", url(service)));
        settings.putAll(properties);
        return new SpringApplicationBuilder(application)
                .main(application)
                .resourceLoader(new DefaultResourceLoader(new OwnResources(application)))
                .run(settings.entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                        .toArray(String[]::new));
    }

    /** The base URL of a running service, e.g. {@code http://localhost:41234}. */
    public String url(String service) {
        return "http://localhost:" + port(context(service));
    }

    public static String url(ConfigurableApplicationContext service) {
        return "http://localhost:" + port(service);
    }

    /** The public API, as a customer's browser uses it. */
    public ShopClient gateway() {
        return client("gateway");
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

    private void add(ConfigurableApplicationContext service) {
        services.put(service.getEnvironment().getRequiredProperty("spring.application.name"), service);
    }

    private static int port(ConfigurableApplicationContext service) {
        return Integer.parseInt(service.getEnvironment().getRequiredProperty("local.server.port"));
    }
}
