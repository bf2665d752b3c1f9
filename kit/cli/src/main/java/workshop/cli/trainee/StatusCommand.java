package workshop.cli.trainee;

import java.util.List;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.UsageException;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Progress;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;

/** {@code ./workshop} and {@code ./workshop status}: every step with a progress bar, every exercise done or pending. */
public record StatusCommand(Workspace workspace, Console console) implements Command {

    @Override
    public int run(List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new UsageException("status takes no arguments");
        }
        List<Step> steps = workspace.steps();
        if (steps.isEmpty()) {
            console.println("No steps yet: a step is a folder step-NN-name with a pom.xml.");
            return 0;
        }
        // A step file that start, bench or doctor would refuse is reported here already, where a maintainer looks first.
        steps.forEach(Step::stepFile);
        Progress progress = new Progress(workspace);
        int nameWidth = steps.stream().mapToInt(step -> step.name().length()).max().orElse(0);
        for (Step step : steps) {
            List<Exercise> exercises = Exercise.allOf(step);
            List<Boolean> done = exercises.stream().map(progress::isDone).toList();
            long doneCount = done.stream().filter(Boolean::booleanValue).count();
            console.println(console.bold(String.format("%s %-" + nameWidth + "s", step.number(), step.name()))
                    + "  " + bar(done) + " " + doneCount + "/" + exercises.size());
            for (int i = 0; i < exercises.size(); i++) {
                Exercise exercise = exercises.get(i);
                String line = done.get(i) ? console.passed(exercise.label())
                        : progress.changedSincePassing(exercise)
                                ? "~ " + exercise.label() + console.dim("  (changed since it passed: ./workshop check "
                                        + exercise.id() + ")")
                                : console.dim("· " + exercise.label());
                console.println("   " + line);
            }
        }
        console.println();
        console.println(progress.next(steps).map(exercise -> "next: ./workshop check " + exercise.id()
                        + "   (stuck? ./workshop hint " + exercise.id() + ")")
                .orElse("All exercises are done. Well done!"));
        return 0;
    }

    /** One mark per exercise, rustlings style: {@code [###--]}. */
    private String bar(List<Boolean> done) {
        StringBuilder marks = new StringBuilder();
        done.forEach(isDone -> marks.append(isDone ? console.green("#") : "-"));
        return "[" + marks + "]";
    }
}
