package workshop.cli.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.cli.Io;
import workshop.cli.workspace.Step;
import workshop.support.exercise.ExerciseId;

/**
 * Finds which test classes hold which exercises by reading the step's test sources for
 * {@code @Exercise("SS.E")}. Reading sources instead of compiled classes means {@code check} knows what to
 * run before anything is compiled, and works while the trainee's code does not compile.
 */
final class ExerciseTests {

    private static final Pattern ANNOTATION = Pattern.compile(
            "@(?:workshop\\.support\\.exercise\\.)?Exercise\\s*\\(\\s*(?:value\\s*=\\s*)?\"([^\"]+)\"");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern SCENARIOS = Pattern.compile("@(?:workshop\\.support\\.exercise\\.)?PublicApiScenarios\\b");
    private static final String TEST_SOURCES = "src/test/java/";

    private ExerciseTests() {
    }

    static Map<ExerciseId, List<TestClass>> scan(Step step) {
        Map<ExerciseId, List<TestClass>> found = new TreeMap<>();
        for (Path source : testSources(step)) {
            String code = Io.unchecked(() -> Files.readString(source));
            Matcher annotation = ANNOTATION.matcher(code);
            while (annotation.find()) {
                Optional<ExerciseId> id = ExerciseId.tryParse(annotation.group(1));
                if (id.isPresent()) {
                    TestClass testClass = testClass(step.dir(), source, code);
                    List<TestClass> classes = found.computeIfAbsent(id.get(), key -> new ArrayList<>());
                    if (!classes.contains(testClass)) {
                        classes.add(testClass);
                    }
                }
            }
        }
        return found;
    }

    /** The classes marked {@code @PublicApiScenarios}: what a check runs beside the exercises of their module. */
    static List<TestClass> scenarios(Step step) {
        List<TestClass> scenarios = new ArrayList<>();
        for (Path source : testSources(step)) {
            String code = Io.unchecked(() -> Files.readString(source));
            if (SCENARIOS.matcher(code).find()) {
                scenarios.add(testClass(step.dir(), source, code));
            }
        }
        return scenarios;
    }

    private static TestClass testClass(Path stepDir, Path source, String code) {
        String path = stepDir.relativize(source).toString().replace('\\', '/');
        int sources = path.indexOf(TEST_SOURCES);
        String module = sources == 0 ? "" : path.substring(0, sources - 1);
        String simpleName = source.getFileName().toString().replaceFirst("\\.java$", "");
        Matcher pkg = PACKAGE.matcher(code);
        return new TestClass(module, pkg.find() ? pkg.group(1) + "." + simpleName : simpleName);
    }

    /** The Java files under each module's src/test/java, sorted; a solution's tests are not the trainee's. */
    private static List<Path> testSources(Step step) {
        List<Path> sources = new ArrayList<>();
        for (Path module : step.modules()) {
            Path tests = module.resolve(TEST_SOURCES);
            if (Files.isDirectory(tests)) {
                Io.walk(tests).stream().filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        sources.sort(null);
        return sources;
    }
}
