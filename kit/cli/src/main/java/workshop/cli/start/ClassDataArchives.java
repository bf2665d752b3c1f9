package workshop.cli.start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import workshop.cli.Io;
import workshop.cli.process.ChildProcess;
import workshop.cli.workspace.Application;
import workshop.cli.workspace.StepFile;

/**
 * Application class data sharing (AppCDS) for the JVMs {@code start} launches. A recording run starts a service
 * until its Spring context is refreshed, and at exit the JVM writes every class it loaded, parsed and verified, to
 * an archive; each later start maps that archive instead of reading and verifying the same classes from jars again.
 * Eleven JVMs on a laptop's few cores are bound by CPU, so that work saved is start-up time saved (kit/cli's README
 * has the figures). Recorded once after each build and per JDK (an archive only fits the JVM that wrote it); a service without a usable
 * archive starts as it would without one.
 */
record ClassDataArchives(StepBuild build) {

    /** Generous: a recording run is a service's start on a busy machine plus writing the archive. */
    private static final Duration RECORDING_TIMEOUT = Duration.ofMinutes(3);

    /** The services whose archive is missing, or older than their last build. */
    List<Application> missing(StepFile shop) {
        return shop.applications().stream().filter(service -> !isRecorded(shop, service)).toList();
    }

    /** The flag that maps the service's archive, when it has one. */
    List<String> flags(StepFile shop, Application service) {
        return isRecorded(shop, service) ? List.of("-XX:SharedArchiveFile=" + archive(shop, service)) : List.of();
    }

    /**
     * Records the archives of these services, as many at a time as the machine has cores.
     *
     * @param launch starts a service's recording run with the given JVM flags
     * @return the services whose recording failed (they start without an archive)
     */
    List<Application> record(StepFile shop, List<Application> services, Function<Recording, ChildProcess> launch) {
        ExecutorService recorders = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Boolean>> recorded = new ArrayList<>();
            for (Application service : services) {
                recorded.add(recorders.submit(() -> recordOne(shop, service, launch)));
            }
            List<Application> failed = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                if (!Boolean.TRUE.equals(recorded.get(i).get())) {
                    failed.add(services.get(i));
                }
            }
            return failed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return services;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            recorders.shutdownNow();
        }
    }

    /** One recording run: which service, and the JVM flags that make it write its archive and stop. */
    record Recording(Application service, List<String> flags) {
    }

    private boolean recordOne(StepFile shop, Application service, Function<Recording, ChildProcess> launch)
            throws IOException {
        Path archive = archive(shop, service);
        // Written beside the archive and moved in place only when complete, so a broken run leaves no broken archive.
        Path recording = archive.resolveSibling(archive.getFileName() + ".recording");
        Files.deleteIfExists(recording);
        ChildProcess run = launch.apply(new Recording(service,
                List.of("-XX:ArchiveClassesAtExit=" + recording, "-Dspring.context.exit=onRefresh")));
        if (!run.completes(RECORDING_TIMEOUT) || !Files.isRegularFile(recording)) {
            Files.deleteIfExists(recording);
            return false;
        }
        Files.move(recording, archive, StandardCopyOption.REPLACE_EXISTING);
        // The JDK writes it read-only, which Windows would not let mvn clean delete.
        archive.toFile().setWritable(true);
        return true;
    }

    private boolean isRecorded(StepFile shop, Application service) {
        Path archive = archive(shop, service);
        return Files.isRegularFile(archive) && Io.modified(archive).compareTo(build.built(shop, service)) >= 0;
    }

    /** Beside the service's jar, so a clean build removes it; named after the JDK that can map it. */
    private static Path archive(StepFile shop, Application service) {
        String jdk = Runtime.version().toString().replaceAll("[^A-Za-z0-9.-]", "_");
        return shop.moduleDir(service).resolve(StepBuild.OUTPUT + "/java-" + jdk + ".jsa");
    }
}
