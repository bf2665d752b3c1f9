package workshop.cli.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import workshop.cli.Io;
import workshop.cli.workspace.PropertiesFile;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;
import workshop.support.exercise.ExerciseId;

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

    private final Path file;
    private final PropertiesFile recorded;
    private final Map<Step, LatestResults> latestByStep = new HashMap<>();

    private record LatestResults(Results results, boolean newerThanProgress) {
    }

    public Progress(Workspace workspace) {
        this.file = workspace.state("progress.properties");
        this.recorded = PropertiesFile.load(file);
    }

    public boolean isDone(Exercise exercise) {
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

    public void record(ExerciseId id, boolean done) {
        recorded.put(id.toString(), done ? DONE : PENDING);
        recorded.put(CURRENT_STEP, id.step());
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
