package workshop.cli.start;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import workshop.cli.process.ChildProcess;
import workshop.cli.process.Maven;
import workshop.cli.process.Program;
import workshop.cli.start.trace.TraceUi;
import workshop.cli.start.trace.TraceUis;
import workshop.cli.start.trace.ZipkinServer;
import workshop.cli.workspace.Application;
import workshop.cli.workspace.PropertiesFile;
import workshop.cli.workspace.StepFile;
import workshop.cli.workspace.Workspace;
import workshop.support.database.WorkshopDataSources;
import workshop.support.database.WorkshopDatabase;
import workshop.support.ports.Ports;

/**
 * One run of a step's shop: build if needed, start the database and a trace UI, launch each service the chosen option
 * values launch as a JVM of its own, wait until all are healthy, place the demo order and print what it all cost.
 * Then either stop (demo only), stay up until Ctrl-C, or hand the shop to a {@link ShopVisit} and stop after it.
 */
final class ShopLauncher {

    /**
     * How long a service may take from its launch until it answers UP. Generous, for a slow laptop on which a service
     * starts beside others that compete for its cores.
     */
    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration TRACE_UI_TIMEOUT = Duration.ofSeconds(30);
    private static final String APPLICATION_PROPERTIES = "src/main/resources/application.properties";

    /**
     * How many services start side by side: one per core, and one more to use a core while another waits for the
     * database. JVMs that start together fight over the cores and their caches, so more at once are ready later
     * (kit/cli's README has the figures).
     */
    private static final int AT_ONCE = Runtime.getRuntime().availableProcessors() + 1;

    private final Workspace workspace;
    private final ShopVariant variant;
    private final StepFile shop;
    /** The applications this start launches, in order. */
    private final List<Application> applications;
    private final PrintStream out;
    private final Http http = new Http();
    private final Maven maven;
    private final StepBuild build;
    private final Path logDir;
    private final Cleanup cleanup = new Cleanup();

    ShopLauncher(Workspace workspace, ShopVariant variant, PrintStream out) {
        this.workspace = workspace;
        this.variant = variant;
        this.shop = variant.shop();
        this.applications = variant.applications();
        this.out = out;
        this.maven = new Maven(workspace.root());
        this.build = new StepBuild(workspace.root(), maven);
        this.logDir = variant.logDir(workspace.root());
    }

    int run(boolean demoOnly) {
        return run(demoOnly, Optional.empty());
    }

    /** Starts the shop, places the demo order, lets the visit work with the shop, then stops everything. */
    int run(ShopVisit visit) {
        return run(true, Optional.of(visit));
    }

    private int run(boolean demoOnly, Optional<ShopVisit> visit) {
        String step = shop.step().number();
        variant.describe().forEach(out::println);
        Figures.discard(logDir);
        Optional<Application> clash = applications.stream().filter(service -> Ports.inUse(service.port())).findFirst();
        if (clash.isPresent()) {
            out.println("start: port " + clash.get().port() + " is in use, and " + clash.get().name()
                    + " needs it (is an earlier ./workshop start still running?)");
            return 1;
        }
        if (!build.isUpToDate(shop)) {
            out.println("Building step " + step + " (first start, or its code changed)...");
            Path log = logDir.resolve("build.log");
            if (!build.build(shop, log)) {
                out.println("start: the build of step " + step + " failed; see " + workspace.relative(log));
                return 1;
            }
        }
        cleanup.onShutdown(out);
        try {
            return launch(demoOnly, visit);
        } finally {
            if (demoOnly) {
                cleanup.stopAll();
            }
        }
    }

    private int launch(boolean demoOnly, Optional<ShopVisit> visit) {
        quietLibraryLogs();
        // Zipkin is launched without waiting for it, so it starts while the database does; the services wait for
        // it, so that it does not take CPU from their start, and their first spans have somewhere to go.
        TraceUi traceUi = TraceUis.start(workspace.root(), maven, logDir, http, out::println);
        cleanup.add(traceUi);
        out.println("trace UI: " + traceUi.description());
        WorkshopDatabase database = WorkshopDatabase.shared();
        out.println("database: " + database.describe());
        if (!traceUi.awaitReady(TRACE_UI_TIMEOUT)) {
            out.println("The trace UI did not come up; the shop runs, but its traces go nowhere. See "
                    + workspace.relative(logDir));
        }
        ClassDataArchives archives = new ClassDataArchives(build);
        recordClassData(archives, traceUi, database);
        int count = applications.size();
        out.println("Launching " + (count == 1 ? "1 JVM" : count + " JVMs")
                + (count > AT_ONCE ? ", " + AT_ONCE + " at a time," : "") + " with "
                + String.join(" ", JavaCommand.DEMO_FLAGS) + ", "
                + (count == 1 ? "its class data archive" : "their class data archives")
                + (applications.stream().anyMatch(service -> runsAheadOfTime(ownProperties(service), traceUi))
                        ? " and ahead-of-time code" : "")
                + " (quick start and small footprint; the JVM flags are not production settings)...");

        Instant launched = Instant.now();
        List<RunningService> services = new ArrayList<>();
        Optional<Health.Failure> failure = new Health(http).startAll(applications, service -> {
            ChildProcess process = program(service, service.port(), archives.flags(shop, service), traceUi, database,
                    visit.map(it -> it.serviceArguments(service.name())).orElse(List.of()))
                    .start(service.name(), logDir.resolve(service.name() + ".log"));
            cleanup.addService(process);
            RunningService running = new RunningService(service, process);
            services.add(running);
            return running;
        }, AT_ONCE, HEALTH_TIMEOUT,
                up -> out.println("  " + up.spec().name() + " is up after " + seconds(since(launched))));
        if (failure.isPresent()) {
            out.println("start: " + failure.get().service().spec().name() + " " + failure.get().problem() + "; see "
                    + workspace.relative(failure.get().service().process().log()));
            cleanup.stopAll();
            return 1;
        }
        Duration ready = since(launched);

        int exitCode = demo(services, traceUi, ready);
        if (visit.isPresent() && exitCode == 0) {
            return visit.get().visit(new ShopVisit.UpShop(shop.publicApi().port(), services.stream()
                    .map(service -> new ShopVisit.Service(service.spec().name(), service.spec().port(),
                            service.process().pid()))
                    .toList(), database, shop.publicApi().name(), traceUi));
        }
        if (demoOnly) {
            return exitCode;
        }
        out.println();
        out.println("The shop is up: http://localhost:" + shop.publicApi().port() + "/api/products, logs in "
                + workspace.relative(logDir) + ". Ctrl-C stops everything.");
        awaitCtrlC();
        return exitCode;
    }

    /** Places the demo order, prints the table and keeps the figures; 0 when the order was placed. */
    private int demo(List<RunningService> services, TraceUi traceUi, Duration ready) {
        DemoOrder.Checkout checkout;
        try {
            checkout = new DemoOrder(http, shop.publicApi().port()).place();
        } catch (IllegalStateException orderFailed) {
            out.println("start: " + orderFailed.getMessage());
            return 1;
        }
        List<ProcessTable.Row> rows = services.stream()
                .map(service -> ProcessTable.Row.of(service.spec().name(), service.spec().port(),
                        service.process().pid()))
                .toList();
        List<ProcessTable.Row> helpers = traceUi.process()
                .map(process -> List.of(ProcessTable.Row.of(process.name(), ZipkinServer.PORT, process.pid())))
                .orElse(List.of());
        out.println();
        out.println(ProcessTable.format(rows, helpers));
        out.println();
        out.println("ready in " + seconds(ready) + ": from launching the first JVM until "
                + (applications.size() == 1 ? "it" : "all " + applications.size())
                + " answered UP on /actuator/health");
        out.println("checkout: " + checkout.status() + " in " + checkout.latency().toMillis()
                + " ms (the first order after the start, on cold JVMs)" + checkout.orderId().map(id -> ", order " + id)
                .orElse(""));
        if (!checkout.placed()) {
            out.println("  " + checkout.body());
        }
        out.println("trace: " + checkout.trace().traceId()
                + traceUi.traceUrl(checkout.trace().traceId()).map(url -> "  " + url).orElse(""));
        new Figures(ready, ProcessTable.megabytes(ProcessTable.totalOf(rows)), checkout.latency(), checkout.status())
                .write(logDir, String.join(" ", variant.arguments()));
        return checkout.placed() ? 0 : 1;
    }

    /**
     * After a build, each service runs once to record its class data archive; once after each build. Only the services
     * this start launches: the others are recorded by the first start that launches them.
     */
    private void recordClassData(ClassDataArchives archives, TraceUi traceUi, WorkshopDatabase database) {
        List<Application> missing = archives.missing(shop).stream().filter(applications::contains).toList();
        if (missing.isEmpty()) {
            return;
        }
        out.println("Recording the classes " + (missing.size() == 1 ? "the service loads" : "each service loads")
                + " at start, so that this and every later start is quicker (once after each build)...");
        Instant started = Instant.now();
        List<Application> failed = archives.record(shop, missing, recording -> {
            Application service = recording.service();
            ChildProcess process = program(service, 0, recording.flags(), traceUi, database, List.of())
                    .start(service.name(), logDir.resolve(service.name() + "-class-data.log"));
            cleanup.addService(process);
            return process;
        });
        out.println("  recorded in " + seconds(since(started)));
        failed.forEach(service -> out.println("  " + service.name() + " starts without its archive: its recording "
                + "failed; see " + workspace.relative(logDir.resolve(service.name() + "-class-data.log"))));
    }

    private Program program(Application service, int port, List<String> flags, TraceUi traceUi,
            WorkshopDatabase database, List<String> visitArguments) {
        Map<String, String> own = ownProperties(service);
        List<String> arguments = new ArrayList<>(flags);
        if (runsAheadOfTime(own, traceUi)) {
            arguments.add(JavaCommand.AHEAD_OF_TIME);
        }
        arguments.addAll(List.of("-cp", build.classpath(shop, service), service.mainClass(), "--server.port=" + port));
        arguments.addAll(variant.properties());
        arguments.addAll(traceUi.exportArguments());
        arguments.addAll(dataSourceArguments(own, database));
        arguments.addAll(visitArguments);
        return JavaCommand.of(shop.moduleDir(service), arguments);
    }

    /**
     * Whether the service starts from the ahead-of-time code of its build: only when its spans go out as Zipkin's (the
     * export that code was made for), and the chosen option values are those its build saw. Spring's ahead-of-time
     * code decides at build time which beans exist, so a value that would choose other beans needs the JVM to decide.
     */
    private boolean runsAheadOfTime(Map<String, String> ownProperties, TraceUi traceUi) {
        return traceUi.receivesZipkin() && variant.agreesWith(ownProperties);
    }

    /** The service's own {@code application.properties}: a plain Spring Boot application's settings. */
    private Map<String, String> ownProperties(Application service) {
        return PropertiesFile.load(shop.moduleDir(service).resolve(APPLICATION_PROPERTIES)).values();
    }

    /**
     * The service's own data source properties (its application.properties), pointed at the one server this JVM
     * started or found, its databases created there: the service is a plain Spring Boot application and knows nothing
     * of the workshop.
     */
    private static List<String> dataSourceArguments(Map<String, String> ownProperties, WorkshopDatabase database) {
        return WorkshopDataSources.in(ownProperties).on(database).entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toList();
    }

    /**
     * The embedded database and Testcontainers log every step of their start at INFO; the trainee needs only the
     * one-line summaries printed here, and warnings.
     */
    private static void quietLibraryLogs() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    /** Ctrl-C ends the JVM; the shutdown hook of {@link Cleanup} then stops everything. */
    private static void awaitCtrlC() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration since(Instant start) {
        return Duration.between(start, Instant.now());
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
