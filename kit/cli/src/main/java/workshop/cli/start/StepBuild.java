package workshop.cli.start;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import workshop.cli.Io;
import workshop.cli.process.Maven;
import workshop.cli.workspace.Application;
import workshop.cli.workspace.StepFile;

/**
 * Packages a step's services as jars and writes each one's runtime classpath, in one Maven run, and only when
 * something changed: the classpath file is the cache, and it is out of date when it is missing or older than the
 * module's pom.xml, the step's or the root pom.xml, or any of the module's sources. The build uses the root pom's
 * {@code workshop-start} profile: each service's ahead-of-time code is generated, and everything lands in
 * {@code target/workshop-start/}, apart from what the tests and the IDE build. Jars rather than classes folders,
 * because a class data archive ({@link ClassDataArchives}) can only hold classes that come from jars.
 */
record StepBuild(Path root, Maven maven) {

    /** Below a module's folder: where the start's build puts its output, and the start its class data archives. */
    static final String OUTPUT = "target/workshop-start";
    static final String CLASSPATH_FILE = OUTPUT + "/classpath.txt";
    private static final String PROFILE = "workshop-start";

    boolean isUpToDate(StepFile shop) {
        return shop.applications().stream().allMatch(service -> isUpToDate(shop, shop.moduleDir(service)));
    }

    /** Packages the services and writes their classpath files; false when the build failed (see the log). */
    boolean build(StepFile shop, Path log) {
        // Maven leaves a classpath file alone when its content did not change; deleted first, each one's time
        // says when the step was last built, which is what isUpToDate and the class data archives compare with.
        for (Application service : shop.applications()) {
            Io.unchecked(() -> Files.deleteIfExists(shop.moduleDir(service).resolve(CLASSPATH_FILE)));
        }
        // One module per core at a time: generating the ahead-of-time code starts each service's context once.
        List<String> arguments = new ArrayList<>(List.of("-B", "-T", "1C", "-f",
                shop.step().dir().resolve("pom.xml").toString()));
        String modules = shop.applications().stream().filter(application -> !application.isStepItself())
                .map(Application::module).collect(Collectors.joining(","));
        if (!modules.isEmpty()) {
            // With what they depend on: a module the tests use (step 03's fixtures) must resolve even when skipped.
            arguments.addAll(List.of("-pl", modules, "-am"));
        }
        arguments.addAll(List.of("-P", PROFILE, "package", "-Dmaven.test.skip=true", "dependency:build-classpath",
                "-DincludeScope=runtime", "-Dmdep.outputFile=" + CLASSPATH_FILE));
        return maven.run(log, arguments);
    }

    /** The module's jar first, then its dependencies, as {@code java -cp} wants them. */
    String classpath(StepFile shop, Application service) {
        Path module = shop.moduleDir(service);
        String dependencies = Io.unchecked(() -> Files.readString(module.resolve(CLASSPATH_FILE))).strip();
        return jar(module).orElseThrow() + File.pathSeparator + dependencies;
    }

    /**
     * When the classes the service runs with last changed: the time of its classpath file (its last build), or of a jar
     * on that classpath, whichever is later. The kit's own jar changes when {@code ./workshop} rebuilds the kit, without
     * a build of the step; a class data archive older than that jar is refused by the JVM.
     */
    FileTime built(StepFile shop, Application service) {
        return Stream.concat(Stream.of(shop.moduleDir(service).resolve(CLASSPATH_FILE)),
                        Arrays.stream(classpath(shop, service).split(File.pathSeparator)).map(Path::of)
                                .filter(Files::isRegularFile))
                .map(Io::modified)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    private boolean isUpToDate(StepFile shop, Path module) {
        Path classpath = module.resolve(CLASSPATH_FILE);
        if (!Files.isRegularFile(classpath) || jar(module).isEmpty()) {
            return false;
        }
        FileTime built = Io.modified(classpath);
        List<Path> inputs = new ArrayList<>(List.of(root.resolve("pom.xml"), shop.step().dir().resolve("pom.xml"),
                module.resolve("pom.xml")));
        inputs.addAll(files(module.resolve("src/main")));
        return inputs.stream().allMatch(input -> Io.modified(input).compareTo(built) <= 0);
    }

    /** The jar Maven packaged for the start; the newest, should an older name linger there. */
    private static Optional<Path> jar(Path module) {
        Path output = module.resolve(OUTPUT);
        if (!Files.isDirectory(output)) {
            return Optional.empty();
        }
        return Io.list(output).stream()
                .filter(file -> file.getFileName().toString().endsWith(".jar"))
                .max(Comparator.comparing(Io::modified));
    }

    private static List<Path> files(Path dir) {
        return Files.isDirectory(dir) ? Io.walk(dir).stream().filter(Files::isRegularFile).toList() : List.of();
    }
}
