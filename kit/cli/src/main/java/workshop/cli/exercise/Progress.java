package workshop.cli.exercise;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import workshop.cli.Io;
import workshop.cli.workspace.PropertiesFile;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;

/**
 * Which exercises are done, as {@code .workshop/progress.properties} records them after each
 * {@code check}, and otherwise as the step's last results files say. Test runs outside the CLI (an IDE,
 * a plain Maven build) also leave results files behind: when those are newer than the progress file they
 * are the better answer, so they win.
 */
public final class Progress {

    private static final String DONE = "done";
    private static final String PENDING = "pending";
    /** The step of the exercise checked last: the one the trainee works on. */
    private static final String CURRENT_STEP = "current-step";
    /** After an exercise's id: the fingerprint of its files when it was last checked. */
    private static final String FILES = ".files";

    private final Path file;
    private final PropertiesFile recorded;
    private final Map<Step, LatestResults> latestByStep = new HashMap<>();
    /** The fingerprints of the exercises' files as they are now, read once per command. */
    private final Map<Exercise, String> fingerprints = new HashMap<>();

    private record LatestResults(Results results, boolean newerThanProgress) {
    }

    public Progress(Workspace workspace) {
        this.file = workspace.state("progress.properties");
        this.recorded = PropertiesFile.load(file);
    }

    /** Done when its last check (or its last test run) passed, and its files have not changed since that check. */
    public boolean isDone(Exercise exercise) {
        return passedWhenChecked(exercise) && !changedSinceCheck(exercise);
    }

    /**
     * Whether the exercise passed its last check, but its files (those its solution writes or deletes) are no longer
     * what that check saw: a reset, a solve or an edit since. Only a check records what it saw.
     */
    public boolean changedSincePassing(Exercise exercise) {
        return passedWhenChecked(exercise) && changedSinceCheck(exercise);
    }

    private boolean changedSinceCheck(Exercise exercise) {
        String seen = recorded.get(exercise.id() + FILES);
        return seen != null && !seen.equals(fingerprints.computeIfAbsent(exercise, Progress::fingerprint));
    }

    private boolean passedWhenChecked(Exercise exercise) {
        LatestResults latest = latestByStep.computeIfAbsent(exercise.step(), this::latest);
        Optional<Boolean> fromResults = latest.results().done(exercise.id());
        Optional<Boolean> fromProgress = Optional.ofNullable(recorded.get(exercise.id().toString())).map(DONE::equals);
        Optional<Boolean> answer = latest.newerThanProgress()
                ? fromResults.or(() -> fromProgress)
                : fromProgress.or(() -> fromResults);
        return answer.orElse(false);
    }

    /**
     * The exercise a trainee should do next: the first one not done in the step they work on (the step of the
     * exercise they checked last), or else the first one not done across all steps.
     */
    public Optional<Exercise> next(List<Step> steps) {
        Optional<Exercise> inCurrentStep = steps.stream()
                .filter(step -> step.number().equals(recorded.get(CURRENT_STEP)))
                .flatMap(step -> Exercise.allOf(step).stream()).filter(e -> !isDone(e)).findFirst();
        return inCurrentStep.or(() -> steps.stream().flatMap(step -> Exercise.allOf(step).stream())
                .filter(e -> !isDone(e)).findFirst());
    }

    public void record(Exercise exercise, boolean done) {
        recorded.put(exercise.id().toString(), done ? DONE : PENDING);
        recorded.put(exercise.id() + FILES, fingerprint(exercise));
        recorded.put(CURRENT_STEP, exercise.id().step());
    }

    /** The paths and contents of the exercise's files, a missing one as missing. */
    private static String fingerprint(Exercise exercise) {
        List<byte[]> parts = new ArrayList<>();
        for (Path file : exercise.solution().touchedFiles()) {
            parts.add(file.toString().getBytes(StandardCharsets.UTF_8));
            parts.add(Files.isRegularFile(file) ? Io.unchecked(() -> Files.readAllBytes(file)) : new byte[] {0});
        }
        return Io.fingerprint(parts);
    }

    public void store() {
        recorded.store("exercise progress, updated by ./workshop check");
    }

    private LatestResults latest(Step step) {
        FileTime progressWritten = Files.isRegularFile(file) ? Io.modified(file) : FileTime.fromMillis(0);
        boolean newer = Results.lastWritten(step).filter(time -> time.compareTo(progressWritten) > 0).isPresent();
        return new LatestResults(Results.readStep(step), newer);
    }
}
