package workshop.cli.trainee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import workshop.cli.Io;
import workshop.cli.workspace.Step;

/**
 * The first exception the shop's own code threw while a check ran, as a service logged it: the log line, the
 * exception and its first frames, and the file it is in. When a test got a 500 from a service, this is what a trainee
 * needs next, and would otherwise have to find in a log only Maven's layout explains.
 */
record ServiceError(Path log, List<String> lines) {

    private static final Pattern EXCEPTION = Pattern.compile("^(Caused by: )?[a-z][\\w$]*(\\.[\\w$]+)+(Exception|Error)\\b.*");
    private static final String FRAME = "\tat ";
    /** A frame of the shop's own code, which every step keeps under the package shop. */
    private static final String SHOP_FRAME = "\tat shop.";
    private static final int FRAMES = 4;

    /** Whether a test's failure says a service answered 500: the sign that it threw. */
    static boolean signalledBy(String failureMessage) {
        return failureMessage.contains("\"status\":500") || failureMessage.contains("500 Internal Server Error");
    }

    /**
     * The first exception with a frame of the shop's code in the logs a run left: the check's own log, and the test
     * output Maven keeps in the step's {@code surefire-reports} folders, those written since the run began.
     */
    static Optional<ServiceError> firstIn(Path checkLog, Step step, FileTime runStarted) {
        List<Path> logs = new ArrayList<>(List.of(checkLog));
        step.modules().stream().map(module -> module.resolve("target/surefire-reports")).filter(Files::isDirectory)
                .flatMap(reports -> Io.list(reports).stream())
                .filter(file -> file.getFileName().toString().endsWith("-output.txt"))
                .filter(file -> Io.modified(file).compareTo(runStarted) >= 0)
                .sorted()
                .forEach(logs::add);
        return logs.stream().filter(Files::isRegularFile)
                .flatMap(log -> in(log, Io.unchecked(() -> Files.readAllLines(log))).stream())
                .findFirst();
    }

    static Optional<ServiceError> in(Path log, List<String> lines) {
        for (int index = 0; index < lines.size(); index++) {
            if (!EXCEPTION.matcher(lines.get(index)).matches()) {
                continue;
            }
            List<String> frames = framesAfter(lines, index);
            if (frames.stream().anyMatch(frame -> frame.startsWith(SHOP_FRAME))) {
                List<String> shown = new ArrayList<>();
                if (index > 0 && lines.get(index - 1).contains(" ERROR ")) {
                    shown.add(lines.get(index - 1));
                }
                shown.add(lines.get(index));
                frames.stream().limit(FRAMES).forEach(shown::add);
                return Optional.of(new ServiceError(log, List.copyOf(shown)));
            }
        }
        return Optional.empty();
    }

    private static List<String> framesAfter(List<String> lines, int exception) {
        return Stream.iterate(exception + 1, index -> index < lines.size() && lines.get(index).startsWith(FRAME),
                index -> index + 1).map(lines::get).toList();
    }
}
