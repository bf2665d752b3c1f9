package workshop.cli.runner;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import workshop.cli.Io;
import workshop.cli.process.Program;

/**
 * The JVM a module's tests run in, with the flags and the classpath Surefire would give it, launched with kit-support's
 * {@code RunTests}, and with the module's {@link TestClassData}. Unlike Surefire's, the classpath lists the jars
 * before the module folders, which the class data archive needs; no jar of the workshop's dependencies holds a
 * resource that the modules' own would shadow ({@code application.properties}, {@code logback-test.xml}). The arguments
 * go through an argument file: a step's classpath is longer than Windows allows on a command line.
 */
final class TestJvm {

    private static final String RUNNER = "workshop.support.exercise.RunTests";

    private TestJvm() {
    }

    /**
     * Runs the test classes in the module's folder, as Surefire does, then the scenarios if every one of those tests
     * passed (kit-support's {@code RunTests --then}), with the output appended to the log.
     */
    static int run(StepModule module, List<String> testClasses, List<String> scenarios, String selector,
            TestClassData classData, Path log) {
        List<String> arguments = new ArrayList<>(Program.QUICK_START);
        arguments.addAll(classData.flags());
        arguments.add("-Dworkshop.exercises=" + selector);
        arguments.add("-classpath");
        arguments.add(classpath(module, classData.jars()).stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator)));
        arguments.add(RUNNER);
        arguments.addAll(testClasses);
        if (!scenarios.isEmpty()) {
            arguments.add("--then");
            arguments.addAll(scenarios);
        }
        Path argumentFile = module.dir().resolve("target/workshop/test-jvm.args");
        Io.unchecked(() -> Files.write(argumentFile, arguments.stream().map(TestJvm::quoted).toList()));
        return Program.java(module.dir(), List.of("@" + argumentFile)).runAppending(log);
    }

    /** The jars of the module's test classpath, in Maven's order: what its class data archive holds. */
    static List<Path> jars(StepModule module) {
        return module.testClasspath().stream().filter(TestJvm::isJar).toList();
    }

    /**
     * The jars of the class data archive (the JVM maps it only when the classpath begins with them), then the
     * module's test classes and classes, then the folders of the modules it depends on.
     */
    private static List<Path> classpath(StepModule module, List<Path> jars) {
        return Stream.of(jars.stream(), Stream.of(module.testClasses(), module.classes()),
                        module.testClasspath().stream().filter(entry -> !isJar(entry)))
                .flatMap(entries -> entries)
                .toList();
    }

    private static boolean isJar(Path entry) {
        return entry.getFileName().toString().endsWith(".jar");
    }

    /** An argument file's quoting: in double quotes, with backslashes and quotes escaped. */
    private static String quoted(String argument) {
        return "\"" + argument.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
