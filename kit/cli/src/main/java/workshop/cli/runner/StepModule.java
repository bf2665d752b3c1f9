package workshop.cli.runner;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import workshop.cli.Io;
import workshop.cli.workspace.Step;

/**
 * One Maven module of a step (the step folder itself for a one-module step), with the files a Maven build run by
 * {@code check} leaves in its {@code target/workshop/} for the next check: the compile and test classpaths, and the
 * inputs that build saw.
 */
record StepModule(Path dir) {

    Path mainSources() {
        return dir.resolve("src/main/java");
    }

    Path testSources() {
        return dir.resolve("src/test/java");
    }

    Path classes() {
        return dir.resolve("target/classes");
    }

    Path testClasses() {
        return dir.resolve("target/test-classes");
    }

    Path compileClasspathFile() {
        return dir.resolve("target/workshop/compile-classpath.txt");
    }

    Path testClasspathFile() {
        return dir.resolve("target/workshop/test-classpath.txt");
    }

    Path inputsFile() {
        return dir.resolve("target/workshop/inputs.txt");
    }

    /** Whether a build run by check left what a check without Maven needs. */
    boolean builtForCheck() {
        return Files.isRegularFile(compileClasspathFile()) && Files.isRegularFile(testClasspathFile())
                && Files.isRegularFile(inputsFile());
    }

    List<Path> compileClasspath() {
        return read(compileClasspathFile());
    }

    /** The module's dependencies for its tests, without its own classes. */
    List<Path> testClasspath() {
        return read(testClasspathFile());
    }

    ModuleInputs inputs(Path root, Step step) {
        List<Path> poms = new ArrayList<>(List.of(dir.resolve("pom.xml")));
        Stream.of(step.pom(), root.resolve("pom.xml")).filter(pom -> !poms.contains(pom)).forEach(poms::add);
        return ModuleInputs.of(dir, poms);
    }

    private static List<Path> read(Path file) {
        String classpath = Io.unchecked(() -> Files.readString(file)).strip();
        return classpath.isEmpty()
                ? List.of()
                : Arrays.stream(classpath.split(File.pathSeparator)).map(Path::of).toList();
    }
}
