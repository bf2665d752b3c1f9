package workshop.support.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A module's {@code target/workshop/results.tsv}: what {@code ./workshop check}, {@code status} and {@code verify}
 * judge by instead of Maven's log, which is meant for humans. {@link ExerciseResults} writes one line per finished
 * test:
 * <pre>exercise TAB outcome TAB class#method TAB message</pre>
 * {@code exercise} is {@code -} for scaffolding tests; the outcome is one of {@link TestResult.Outcome}; the message,
 * the failure's or for a passed test what it published for the trainee to read, has tabs as spaces and line breaks
 * as the two characters {@code \n}. {@code -Dworkshop.results=file} writes elsewhere.
 */
public final class ResultsFile {

    static final String PROPERTY = "workshop.results";
    private static final String IN_MODULE = "target/workshop/results.tsv";
    private static final String SCAFFOLDING = "-";

    private static final Map<Path, ResultsFile> OPEN = new ConcurrentHashMap<>();

    private final Writer out;

    private ResultsFile(Writer out) {
        this.out = out;
    }

    /** The results file of the module in this folder. */
    public static Path of(Path module) {
        return module.resolve(IN_MODULE);
    }

    /** The results a test run left in the file; none when there is no file. Lines it cannot read are left out. */
    public static List<TestResult> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(ResultsFile::parse)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file for the tests this JVM runs, in its working directory's module unless told otherwise: new and empty for
     * the JVM's first test plan, and the same file, one writer, for every later plan and listener in the JVM (a
     * {@link RunTests} scenario run, a provider that runs a plan per class), so that no plan's results overwrite
     * another's.
     */
    static ResultsFile create() {
        Path file = Path.of(System.getProperty(PROPERTY, IN_MODULE)).toAbsolutePath();
        return OPEN.computeIfAbsent(file, ResultsFile::open);
    }

    private static ResultsFile open(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return new ResultsFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write test results to " + file, e);
        }
    }

    /**
     * Written at once, so a test JVM that dies still leaves what it finished; the file stays open for the JVM's later
     * test plans.
     */
    synchronized void write(TestResult result) {
        try {
            out.write(line(result) + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String line(TestResult result) {
        String exercise = result.exercise().map(ExerciseId::toString).orElse(SCAFFOLDING);
        String message = result.message().replace("\r", "").replace("\t", " ").replace("\n", "\\n");
        String line = String.join("\t", exercise, result.outcome().name(), result.test(), message);
        // A test's name or message may hold half a surrogate pair (hostile input does); UTF-8 has no bytes for it.
        return new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    static Optional<TestResult> parse(String line) {
        String[] fields = line.split("\t", 4);
        if (fields.length < 3) {
            return Optional.empty();
        }
        TestResult.Outcome outcome;
        try {
            outcome = TestResult.Outcome.valueOf(fields[1].trim());
        } catch (IllegalArgumentException notAnOutcome) {
            return Optional.empty();
        }
        String message = fields.length == 4 ? fields[3].replace("\\n", "\n") : "";
        return Optional.of(new TestResult(ExerciseId.tryParse(fields[0]), outcome, fields[2], message));
    }
}
