package workshop.cli.runner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import workshop.cli.Io;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Results;
import workshop.cli.exercise.TestClass;
import workshop.cli.process.Maven;
import workshop.cli.workspace.RootPom;
import workshop.cli.workspace.Step;

/**
 * What {@code check} runs: the exercises' tests without Maven whenever it can. A Maven build of this runner leaves
 * each module's classpaths and the inputs it saw ({@link StepModule}). When only Java sources and resources changed
 * since, the changed resources are copied, the changed sources compiled here, and the tests run in a JVM launched
 * directly, one per module, as Surefire would.
 * That saves Maven's start, its walk over the step's modules and Surefire's fork, most of a check's time outside the
 * tests. Anything else (a pom changed, a Java file deleted, no build by this runner yet) goes to Maven,
 * which then leaves what the next check needs. The whole protocol, what Maven must write and when it counts, is kept
 * here.
 */
public final class DirectTestRunner implements TestRunner {

    private static final Pattern JAVA_SOURCE = Pattern.compile("src/(main|test)/java/.+\\.java");

    /** Copied as they are: no step filters its resources, so Maven's resources plugin would copy them the same way. */
    private static final Pattern RESOURCE = Pattern.compile("src/(main|test)/resources/.+");

    /** What a Maven build must leave for the next run without it: the root pom's two executions of the dependency plugin. */
    private static final List<String> CLASSPATHS = List.of("dependency:build-classpath@workshop-compile-classpath",
            "dependency:build-classpath@workshop-test-classpath");

    private final Path root;
    private final MavenTestRunner maven;
    private final Consumer<String> progress;

    /** {@code progress} hears of the rare steps that take long enough to say so. */
    public DirectTestRunner(Maven maven, Consumer<String> progress) {
        this.root = maven.root();
        this.maven = new MavenTestRunner(maven);
        this.progress = progress;
    }

    /**
     * Only the exercises' modules (and what those depend on), only the classes holding their tests and the public API
     * scenarios of those modules ({@link Exercise#testsToRun}); kit-support's JUnit filter reads {@code selector} from
     * {@code workshop.exercises}.
     */
    @Override
    public TestRun run(Step step, List<Exercise> exercises, String selector, Path log) {
        List<String> modules = MavenTestRunner.modules(exercises);
        Optional<Plan> plan = plan(step, modules);
        if (plan.isPresent()) {
            Results.delete(step, modules);
            List<TestClass> tests = Exercise.testsToRun(step, exercises);
            boolean compiled = runWithoutMaven(plan.get(), exercises, tests, selector, log);
            return new TestRun(compiled, log, Results.readStep(step));
        }
        Map<StepModule, ModuleInputs> before = inputs(step);
        before.forEach(DirectTestRunner::removeWhatDeletedFilesLeft);
        FileTime started = FileTime.from(Instant.now().minusSeconds(1));
        TestRun run = maven.run(step, exercises, selector, log, List.of(TestClassData.RECORDING), CLASSPATHS);
        if (run.built()) {
            remember(before, started);
            makeClassData(step, modules, log);
        }
        return run;
    }

    /**
     * Whether the tests of these modules can run without Maven, and what must be compiled first; empty when Maven has
     * to build.
     */
    private Optional<Plan> plan(Step step, List<String> testModuleNames) {
        Optional<JavaCompilation> javac = JavaCompilation.withRelease(RootPom.property(root, "java.version").orElse("17"));
        Map<String, StepModule> testModules = new LinkedHashMap<>();
        testModuleNames.forEach(name -> testModules.put(name, new StepModule(step.dir().resolve(name))));
        if (javac.isEmpty() || !testModules.values().stream().allMatch(StepModule::builtForCheck)) {
            return Optional.empty();
        }
        List<Compilation> compilations = new ArrayList<>();
        for (StepModule module : withUpstream(step, testModules.values())) {
            if (!module.builtForCheck()) {
                return Optional.empty();
            }
            ModuleInputs now = module.inputs(root, step);
            Set<String> changed = now.changedSince(ModuleInputs.read(module.inputsFile()));
            if (changed.isEmpty()) {
                continue;
            }
            boolean sourcesOnly = changed.stream()
                    .allMatch(path -> JAVA_SOURCE.matcher(path).matches() || RESOURCE.matcher(path).matches());
            boolean javaDeleted = now.deleted(changed).stream().anyMatch(path -> JAVA_SOURCE.matcher(path).matches());
            if (javaDeleted || !sourcesOnly) {
                return Optional.empty();
            }
            compilations.add(new Compilation(module, changed, now));
        }
        return Optional.of(new Plan(testModules, compilations, javac.get()));
    }

    /** The inputs of every module of the step, taken before a Maven build. */
    private Map<StepModule, ModuleInputs> inputs(Step step) {
        Map<StepModule, ModuleInputs> inputs = new LinkedHashMap<>();
        step.modules().stream().map(StepModule::new).forEach(module -> inputs.put(module, module.inputs(root, step)));
        return inputs;
    }

    /** After a Maven build: each module it built remembers the inputs it had when the build began. */
    private static void remember(Map<StepModule, ModuleInputs> before, FileTime buildStarted) {
        before.forEach((module, inputs) -> {
            if (Files.isRegularFile(module.testClasspathFile())
                    && Io.modified(module.testClasspathFile()).compareTo(buildStarted) >= 0) {
                inputs.write(module.inputsFile());
            }
        });
    }

    /** The step's modules the test modules depend on (their classes folders are on the test classpath), then them. */
    private static Set<StepModule> withUpstream(Step step, Collection<StepModule> testModules) {
        Set<StepModule> modules = new LinkedHashSet<>();
        for (StepModule testModule : testModules) {
            testModule.testClasspath().stream()
                    .filter(entry -> entry.startsWith(step.dir()) && entry.endsWith("target/classes"))
                    .map(entry -> new StepModule(entry.getParent().getParent()))
                    .forEach(modules::add);
            modules.add(testModule);
        }
        return modules;
    }

    /** A module to bring up to date: the files changed since its last build, and the inputs to remember once done. */
    private record Compilation(StepModule module, Set<String> changed, ModuleInputs inputs) {

        /** Some source changed (only resources changed: nothing to compile). */
        boolean java() {
            return changed.stream().anyMatch(path -> JAVA_SOURCE.matcher(path).matches());
        }

        /** The changed Java files under one source folder of the module ({@code src/main/java/}). */
        List<Path> javaUnder(String folder) {
            return changed.stream().filter(path -> path.startsWith(folder) && JAVA_SOURCE.matcher(path).matches())
                    .map(path -> module.dir().resolve(path)).toList();
        }

        List<String> resources() {
            return changed.stream().filter(path -> RESOURCE.matcher(path).matches()).toList();
        }
    }

    /** One run without Maven: what to compile, then the test modules, by name as {@link TestClass#module()} has it. */
    private record Plan(Map<String, StepModule> testModules, List<Compilation> compilations, JavaCompilation javac) {
    }

    /**
     * Compiles what changed, then runs the test classes module by module; false when the code did not compile, and the
     * log then holds the errors in Maven's format.
     */
    private boolean runWithoutMaven(Plan plan, List<Exercise> exercises, List<TestClass> tests, String selector,
            Path log) {
        start(log);
        for (Compilation compilation : plan.compilations()) {
            copyResources(compilation, log);
            if (compilation.java()) {
                note(log, "compiling " + compilation.module().dir()
                        + " without Maven: only Java sources and resources changed since its last build");
                if (!compile(compilation, plan.javac(), log)) {
                    return false;
                }
            }
            compilation.inputs().write(compilation.module().inputsFile());
        }
        List<TestClass> own = exercises.stream().flatMap(exercise -> exercise.tests().stream()).toList();
        plan.testModules().forEach((name, module) -> {
            List<String> classes = classesIn(name, tests.stream().filter(own::contains));
            List<String> scenarios = classesIn(name, tests.stream().filter(test -> !own.contains(test)));
            note(log, "running " + String.join(", ", classes) + (scenarios.isEmpty() ? ""
                    : ", then if they pass " + String.join(", ", scenarios))
                    + " in " + module.dir() + " without Maven");
            TestJvm.run(module, classes, scenarios, selector, new TestClassData(module, TestJvm.jars(module)), log);
        });
        return true;
    }

    /**
     * After a Maven build: the class data archive of each test module whose tests recorded the classes they load, so
     * that the checks after this one, which a trainee runs while iterating, start sooner and pay nothing for it.
     */
    private void makeClassData(Step step, List<String> testModules, Path log) {
        for (String name : testModules) {
            StepModule module = new StepModule(step.dir().resolve(name));
            if (!module.builtForCheck()) {
                continue;
            }
            TestClassData classData = new TestClassData(module, TestJvm.jars(module));
            if (classData.canBeMade()) {
                progress.accept("Preparing the tests' class data, so that the next checks start sooner...");
                classData.make(log);
            }
        }
    }

    /**
     * Each changed resource to where Maven's resources plugin puts it: {@code target/classes} or
     * {@code target/test-classes}; a deleted one is removed from there.
     */
    private static void copyResources(Compilation compilation, Path log) {
        StepModule module = compilation.module();
        for (String resource : compilation.resources()) {
            Path source = module.dir().resolve(resource);
            Path target = copyOf(module, resource);
            if (!Files.exists(source)) {
                note(log, "removing " + target + ": " + source + " was deleted");
                Io.unchecked(() -> Files.deleteIfExists(target));
                continue;
            }
            note(log, "copying " + source + " without Maven");
            Io.unchecked(() -> {
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            });
        }
    }

    /**
     * Before a Maven build: its resources plugin copies what is there and never removes what is gone, so a migration
     * the trainee deleted would still run; its compiler leaves the classes of a deleted source (a class a solution
     * added, taken away again by a reset) where Spring still finds them. What was deleted since the module's last
     * build goes from its classes too: a resource's copy, and for a Java source the classes folder it compiled into,
     * which Maven then builds again whole.
     */
    private static void removeWhatDeletedFilesLeft(StepModule module, ModuleInputs now) {
        if (!Files.isRegularFile(module.inputsFile())) {
            return;
        }
        Set<String> deleted = now.deleted(now.changedSince(ModuleInputs.read(module.inputsFile())));
        deleted.stream()
                .filter(path -> RESOURCE.matcher(path).matches())
                .forEach(resource -> Io.unchecked(() -> Files.deleteIfExists(copyOf(module, resource))));
        deleted.stream()
                .filter(path -> JAVA_SOURCE.matcher(path).matches())
                .map(source -> source.startsWith("src/main/") ? module.classes() : module.testClasses())
                .distinct()
                .forEach(Io::deleteTree);
    }

    /** Where Maven's resources plugin puts a resource of the module. */
    private static Path copyOf(StepModule module, String resource) {
        boolean main = resource.startsWith("src/main/");
        String relative = resource.substring((main ? "src/main/resources/" : "src/test/resources/").length());
        return (main ? module.classes() : module.testClasses()).resolve(relative);
    }

    private static List<String> classesIn(String module, Stream<TestClass> tests) {
        return tests.filter(test -> test.module().equals(module)).map(TestClass::name).distinct().toList();
    }

    /**
     * Compiles the changed sources on their own ({@link ChangedSources}); when a class's outline changed, the whole
     * folder, and for main sources the tests too, since they compile against them.
     */
    private static boolean compile(Compilation compilation, JavaCompilation javac, Path log) {
        StepModule module = compilation.module();
        Path scratch = module.dir().resolve("target/workshop/compiling");
        ChangedSources main = new ChangedSources(module.mainSources(), module.classes(), module.compileClasspath(),
                compilation.javaUnder("src/main/java/"));
        ChangedSources.Outcome mainOutcome = main.compile(javac, scratch, log);
        note(log, main, mainOutcome);
        if (mainOutcome == ChangedSources.Outcome.FAILED || !Files.isDirectory(module.testSources())) {
            return mainOutcome != ChangedSources.Outcome.FAILED;
        }
        ChangedSources tests = new ChangedSources(module.testSources(), module.testClasses(),
                Stream.concat(Stream.of(module.classes()), module.testClasspath().stream()).toList(),
                compilation.javaUnder("src/test/java/"));
        ChangedSources.Outcome testsOutcome = mainOutcome == ChangedSources.Outcome.WHOLE_FOLDER
                ? tests.compileAll(javac, log) : tests.compile(javac, scratch, log);
        note(log, tests, testsOutcome);
        return testsOutcome != ChangedSources.Outcome.FAILED;
    }

    private static void note(Path log, ChangedSources compiled, ChangedSources.Outcome outcome) {
        if (outcome == ChangedSources.Outcome.WHOLE_FOLDER) {
            note(log, "compiled all of " + compiled.sources()
                    + ": a class's outline changed, or one it compiles against");
        } else if (outcome == ChangedSources.Outcome.ONLY_CHANGED && !compiled.changed().isEmpty()) {
            note(log, "compiled only " + String.join(", ", compiled.changed().stream()
                    .map(source -> source.getFileName().toString()).toList()) + ": its classes kept their outline");
        }
    }

    private static void start(Path log) {
        Io.unchecked(() -> {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "");
        });
    }

    private static void note(Path log, String line) {
        String text = "[workshop] " + line + System.lineSeparator();
        Io.unchecked(() -> Files.writeString(log, text, StandardOpenOption.APPEND));
    }
}
