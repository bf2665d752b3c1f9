package shop;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import workshop.support.api.SeededShop;
import workshop.support.api.ShopUnderTest;
import workshop.support.ports.Ports;

import paymentsservice.PaymentsServiceApplication;
import shop.payments.CardNumber;
import shop.payments.Payments;
import shop.payments.internal.PaymentsOverHttp;

/**
 * The shop with {@code shop.payments.mode} set, started in this JVM beside the shop of {@link ShopTest}, each mode on
 * a database of its own. With payments remote, payments-service runs here too, on a port of its own, and the shop
 * reaches it through a proxy (WireMock) that a test can make break the connection or hold an answer back. Each mode
 * starts once per test JVM, on first use.
 */
public final class ShopWithPayments {

    public static final String IN_PROCESS = "in-process";
    public static final String REMOTE = "remote";

    /** Longer than the shop waits for payments-service in these tests (shop.payments.service.timeout=1s). */
    private static final int LONGER_THAN_THE_TIMEOUT_MILLIS = 2_500;

    /** shop.payments.pending-deadline in these tests: longer than payments-service takes to start again. */
    public static final Duration PENDING_DEADLINE = Duration.ofSeconds(12);

    private static final Map<String, ShopWithPayments> started = new HashMap<>();

    private final String mode;

    private final ConfigurableApplicationContext shop;

    private final int paymentsServicePort = Ports.free(1).get(0);

    private final WireMockServer proxy = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private ConfigurableApplicationContext paymentsService;

    private ShopWithPayments(String mode) {
        this.mode = mode;
        if (isRemote()) {
            startPaymentsService();
            proxy.start();
            passEverythingOn();
        }
        this.shop = new SpringApplicationBuilder(ShopApplication.class).run(
                "--server.port=0",
                "--shop.payments.mode=" + mode,
                "--shop.payments.service.url=" + (isRemote() ? proxy.baseUrl() : "http://localhost:1"),
                "--spring.datasource.url=jdbc:postgresql://localhost:5432/shop_" + mode.replace('-', '_'),
                "--shop.events.resubmit-every=PT0.5S",
                "--shop.events.resubmit-older-than=PT1S",
                "--shop.payments.service.timeout=1s",
                "--shop.payments.pending-deadline=" + PENDING_DEADLINE);
    }

    public static synchronized ShopWithPayments inMode(String mode) {
        return started.computeIfAbsent(mode, ShopWithPayments::new);
    }

    public boolean isRemote() {
        return mode.equals(REMOTE);
    }

    /** The public API, as a customer's browser uses it. */
    public ShopClient publicApi() {
        return new ShopClient(publicApiUrl());
    }

    private String publicApiUrl() {
        return "http://localhost:" + shop.getEnvironment().getRequiredProperty("local.server.port");
    }

    public Shopper shopperWithEmptyCart(String customerId) {
        return Shopper.withEmptyCart(publicApi(), customerId);
    }

    /**
     * The shop as kit-support's checkout suites see it: its public API, and what its modules hold, the charges where
     * payments keeps them (in payments-service's own database when it runs there).
     */
    public ShopUnderTest seededShop() {
        return new SeededShop(publicApiUrl(), module -> module.equals("payments") && paymentsServiceRuns()
                ? paymentsService.getBean("paymentsJdbc", JdbcClient.class)
                : shop.getBean(module + "Jdbc", JdbcClient.class));
    }

    /** What the shop's modules hold. */
    public ShopState state() {
        return new ShopState(module -> shop.getBean(module + "Jdbc", JdbcClient.class));
    }

    /** The charges payments-service made, from its own database; none when payments runs in the shop. */
    public List<ShopState.Payment> chargesInPaymentsServiceFor(String orderId) {
        if (paymentsService == null) {
            return List.of();
        }
        // The same table as the shop's schema payments: the payments module brings it wherever it runs.
        return new ShopState(module -> paymentsService.getBean("paymentsJdbc", JdbcClient.class)).paymentsFor(orderId);
    }

    /** How many charges payments-service made for a customer, captured or declined; 0 when payments runs in the shop. */
    public long chargesInPaymentsServiceOf(String customerId) {
        if (paymentsService == null) {
            return 0;
        }
        return paymentsService.getBean("paymentsJdbc", JdbcClient.class)
                .sql("select count(*) from payments where customer_id = ?")
                .param(customerId).query(Long.class).single();
    }

    /**
     * The card numbers in any column of any table of the shop's database, as {@code schema.table.column: number} with
     * the number masked, and the places where this card can be read back in another form (in groups, backwards,
     * encoded): read as the database's owner, who may read every module's schema.
     */
    public List<String> cardNumbersInTheShopsDatabase(String card) {
        Environment settings = shop.getEnvironment();
        try (Connection owner = DriverManager.getConnection(settings.getRequiredProperty("spring.datasource.url"),
                settings.getProperty("spring.datasource.username"), settings.getProperty("spring.datasource.password"))) {
            JdbcClient database = JdbcClient.create(new SingleConnectionDataSource(owner, true));
            List<String> columns = database.sql("""
                            select format('%I.%I.%I', table_schema, table_name, column_name) from information_schema.columns
                            where table_schema not in ('pg_catalog', 'information_schema')""")
                    .query(String.class).list();
            List<String> found = new ArrayList<>();
            for (String column : columns) {
                String table = column.substring(0, column.lastIndexOf('.'));
                String name = column.substring(column.lastIndexOf('.') + 1);
                database.sql("select " + name + "::text from " + table + " where " + name + " is not null")
                        .query(String.class).list()
                        .forEach(value -> {
                            CardNumber.Check.findIn(value).forEach(number -> found.add(column + ": "
                                    + CardNumber.Check.masked(number)));
                            CardNumber.Check.waysToReadBack(card, value).forEach(way -> found.add(column + ": the"
                                    + " card ending " + card.substring(card.length() - 4) + ", " + way));
                        });
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the shop's database", e);
        }
    }

    /**
     * Fails an exercise that builds on 04.4 while the shop, with shop.payments.mode=remote, still charges in its own
     * process; {@code andSo} says what that keeps the exercise from showing (", so there is no hop to trace").
     */
    public void requireRemoteCharges(String exercise, String andSo) {
        assertThat(AopUtils.getTargetClass(shop.getBean(Payments.class)) == PaymentsOverHttp.class)
                .as(lookAt(exercise, "this exercise builds on 04.4: with shop.payments.mode=remote the shop still"
                        + " charges in its own process" + andSo + " (./workshop check 04.4)"))
                .isTrue();
    }

    /** The classes of the shop's Payments beans. */
    public List<Class<?>> paymentsBeans() {
        return shop.getBeansOfType(Payments.class).values().stream().<Class<?>>map(AopUtils::getTargetClass).toList();
    }

    /** The charges the shop made in its own process, in the schema payments of its database; none when remote. */
    public List<ShopState.Payment> chargesInTheShopFor(String orderId) {
        return shop.containsBean("paymentsJdbc") ? state().paymentsFor(orderId) : List.of();
    }

    /** The requests to payments-service that passed the proxy, as {@code METHOD path}. */
    public List<String> requestsToPaymentsService() {
        List<String> newestFirst = proxy.getAllServeEvents().stream()
                .map(event -> event.getRequest().getMethod() + " " + event.getRequest().getUrl())
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The proxy resets the connection of every charge, before payments-service sees it. */
    public void resetChargeConnections() {
        proxy.stubFor(post(urlEqualTo("/payments")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    /**
     * The proxy passes every charge on, and holds payments-service's answer back longer than the shop waits for it
     * (shop.payments.service.timeout): payments-service charged, and the shop does not know it.
     */
    public void answerChargesTooLate() {
        proxy.stubFor(post(urlEqualTo("/payments")).atPriority(1).willReturn(aResponse()
                .proxiedFrom(paymentsServiceUrl()).withFixedDelay(LONGER_THAN_THE_TIMEOUT_MILLIS)));
    }

    private String paymentsServiceUrl() {
        return "http://localhost:" + paymentsServicePort;
    }

    /** Back to passing every request on, unchanged, and forgetting those it saw. */
    public void passEverythingOn() {
        proxy.resetAll();
        proxy.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(paymentsServiceUrl())));
    }

    public synchronized boolean paymentsServiceRuns() {
        return paymentsService != null;
    }

    public synchronized void stopPaymentsService() {
        paymentsService.close();
        paymentsService = null;
    }

    /**
     * Starts payments-service on its port. It reads its own application.properties, not the shop's, which comes first
     * on this JVM's classpath: from its classes folder, where the build put it. This JVM's classpath is the shop's, with
     * Spring Modulith on it, whose event registry would make a table in the service's database: payments-service has
     * no Spring Modulith when it runs on its own, so here its registry stays off. The output of this JVM is the shop's
     * log, which a test reads: the service's request log, which its own tests check, stays quiet here.
     */
    public synchronized void startPaymentsService() {
        String ownFolder = PaymentsServiceApplication.class.getProtectionDomain().getCodeSource().getLocation()
                .toString();
        paymentsService = new SpringApplicationBuilder(PaymentsServiceApplication.class).run(
                "--server.port=" + paymentsServicePort,
                "--spring.config.location=" + ownFolder + "application.properties",
                "--spring.modulith.events.jdbc.schema-initialization.enabled=false",
                "--logging.level.org.springframework.web.filter.CommonsRequestLoggingFilter=INFO");
    }
}
