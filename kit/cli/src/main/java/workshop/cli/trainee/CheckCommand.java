package workshop.cli.trainee;

import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.exercise.Exercise;
import workshop.cli.room.RoomMembership;
import workshop.cli.exercise.Progress;
import workshop.cli.exercise.Target;
import workshop.cli.runner.CompileErrors;
import workshop.cli.runner.TestRunner;
import workshop.cli.runner.TestRun;
import workshop.cli.workspace.Workspace;
import workshop.support.exercise.ExerciseId;
import workshop.support.exercise.TestResult;

/**
 * {@code ./workshop check SS.E|SS}: runs only that exercise's tests (or the step's exercise tests) and
 * answers with a verdict per exercise, the assertion messages that say what to do next, and nothing of
 * Maven's output unless the code does not compile.
 */
public record CheckCommand(Workspace workspace, Console console, TestRunner runner) implements Command {

    /** Enough of the first failure to act on; the rest is in the log and the IDE. */
    private static final int FIRST_MESSAGE_LINES = 10;
    /** How an exercise's failure message ends: {@code (./workshop hint 01.1, step-01-.../README.md)}. */
    private static final String HINT_POINTER = "(./workshop hint ";
    /** The first compile errors are the ones to fix; later ones are often caused by them. */
    private static final int MAX_COMPILE_ERRORS = 10;

    @Override
    public int run(List<String> arguments) {
        String argument = Command.onlyArgument(arguments, "check needs one exercise or step, e.g. ./workshop check 01.2");
        Target target = Target.parse(argument, workspace);
        List<Exercise> exercises = target.exercises().stream().filter(e -> !e.tests().isEmpty()).toList();
        if (exercises.isEmpty()) {
            console.println(console.failed("no @Exercise tests found for " + target.label()));
            return 1;
        }
        FileTime started = FileTime.from(Instant.now());
        TestRun run = runner.run(target.step(), exercises, target.label(), workspace.logFile("check", target.label()));
        List<String> compileErrors = run.built() ? List.of() : CompileErrors.in(run.log(), workspace.root());
        if (!compileErrors.isEmpty()) {
            console.println(console.failed(target.label() + ": the code does not compile"));
            compileErrors.stream().limit(MAX_COMPILE_ERRORS)
                    .flatMap(String::lines)
                    .forEach(line -> console.println("  " + line));
            if (compileErrors.size() > MAX_COMPILE_ERRORS) {
                console.println(console.dim("  ... " + (compileErrors.size() - MAX_COMPILE_ERRORS) + " more in "
                        + workspace.relative(run.log())));
            }
            return 1;
        }
        Progress progress = new Progress(workspace);
        List<TestResult> brokenScenarios = brokenScenarios(target, exercises, run);
        boolean allDone = true;
        for (Exercise exercise : exercises) {
            boolean done = report(exercise, run, progress, started) && brokenScenarios.isEmpty();
            progress.record(exercise, done);
            allDone &= done;
        }
        progress.store();
        Map<String, Boolean> verdicts = new LinkedHashMap<>();
        exercises.forEach(exercise -> verdicts.put(exercise.id().toString(), progress.isDone(exercise)));
        new RoomMembership(workspace).report(verdicts)
                .ifPresent(problem -> console.println(console.dim("room: " + problem)));
        if (!brokenScenarios.isEmpty()) {
            console.println(console.failed("but the shop's public API is broken: " + brokenScenarios.size()
                    + " of its scenarios that ran beside " + target.label() + " fail, so it is not done yet"));
            for (int i = 0; i < brokenScenarios.size(); i++) {
                printFailure(brokenScenarios.get(i), i == 0);
            }
        }
        console.println();
        console.println(allDone ? next() : "stuck? ./workshop hint " + firstPending(exercises, run));
        return allDone ? 0 : 1;
    }

    private boolean report(Exercise exercise, TestRun run, Progress progress, FileTime started) {
        List<TestResult> results = run.results().of(exercise.id());
        if (run.results().done(exercise.id()).orElse(false)) {
            console.println(console.passed(exercise.label()));
            // What a passing test published for the trainee to read, such as the audit's reasons.
            results.stream().map(TestResult::message).filter(message -> !message.isBlank())
                    .flatMap(String::lines).forEach(line -> console.println("    " + line));
            return true;
        }
        if (results.isEmpty()) {
            console.println(console.failed(exercise.label()));
            console.println("    no test of " + exercise.id() + " ran; see " + workspace.relative(run.log()));
            return false;
        }
        long passing = results.stream().filter(TestResult::passed).count();
        console.println(console.failed(exercise.label())
                + console.dim("   " + passing + " of " + results.size() + " tests pass"));
        // Said first: a failure that comes from an earlier exercise must not send the trainee looking in this one.
        unfinished(exercise, run, progress).forEach(earlier -> console.println("  " + exercise.id() + " builds on "
                + earlier + ", which is not done yet: ./workshop check " + earlier));
        List<TestResult> failures = results.stream().filter(TestResult::failed).toList();
        for (int i = 0; i < failures.size(); i++) {
            printFailure(failures.get(i), i == 0);
        }
        if (failures.stream().anyMatch(failure -> ServiceError.signalledBy(failure.message()))) {
            ServiceError.firstIn(run.log(), exercise.step(), started).ifPresent(this::printServiceError);
        }
        return false;
    }

    /**
     * The tests of no exercise that failed in this run: the public API scenarios that ran beside the exercises' tests
     * ({@link Exercise#testsToRun}). A check is done only when they pass too: an exercise can be solved in a way that
     * breaks the shop.
     */
    private static List<TestResult> brokenScenarios(Target target, List<Exercise> exercises, TestRun run) {
        return run.results().scaffoldingIn(Exercise.testsToRun(target.step(), exercises)).stream()
                .filter(TestResult::failed).toList();
    }

    /** The exercises this one builds on that did not pass: in this check, or else in their last one. */
    private static List<ExerciseId> unfinished(Exercise exercise, TestRun run, Progress progress) {
        List<Exercise> step = Exercise.allOf(exercise.step());
        return exercise.buildsOn().stream()
                .filter(earlier -> !run.results().done(earlier).orElseGet(() -> step.stream()
                        .filter(candidate -> candidate.id().equals(earlier)).findFirst()
                        .map(progress::isDone).orElse(false)))
                .toList();
    }

    /**
     * The first failure is shown in full (up to a point); the others by their first line, which is where
     * an exercise's message names the problem.
     */
    private void printFailure(TestResult failure, boolean first) {
        console.println("  " + console.bold(simpleName(failure.test())));
        List<String> lines = failure.message().isBlank()
                ? List.of("(the test failed without a message)")
                : failure.message().strip().lines().toList();
        int shown = first ? FIRST_MESSAGE_LINES : 1;
        lines.stream().limit(shown).forEach(line -> console.println("    " + line));
        if (first && lines.size() > shown) {
            console.println(console.dim("    ... (" + (lines.size() - shown) + " more lines)"));
            // The line that says what to do next is never the one cut: the exercise's own message ends with it.
            lines.stream().skip(shown).filter(line -> line.contains(HINT_POINTER)).findFirst()
                    .ifPresent(line -> console.println("    " + line));
        }
    }

    /** A 500 came from an exception in the shop's code: show it, and where the rest of it is. */
    private void printServiceError(ServiceError error) {
        console.println("  " + console.bold("a service threw") + console.dim("   (" + workspace.relative(error.log()) + ")"));
        error.lines().forEach(line -> console.println("    " + line.replace("\t", "    ")));
    }

    /** {@code shop.audit.AuditTest#method} as {@code AuditTest#method}: the package adds nothing here. */
    private static String simpleName(String test) {
        int hash = test.indexOf('#');
        int dot = test.lastIndexOf('.', hash < 0 ? test.length() : hash);
        return test.substring(dot + 1);
    }

    private String next() {
        return new Progress(workspace).next(workspace.steps())
                .map(exercise -> "next: " + exercise.label() + ", in " + workspace.relative(exercise.step().readmeFile())
                        + "; then ./workshop check " + exercise.id())
                .orElse("All exercises are done. Well done!");
    }

    private static String firstPending(List<Exercise> exercises, TestRun run) {
        return exercises.stream()
                .filter(exercise -> !run.results().done(exercise.id()).orElse(false))
                .map(exercise -> exercise.id().toString())
                .findFirst()
                .orElse(exercises.get(0).id().toString());
    }
}
