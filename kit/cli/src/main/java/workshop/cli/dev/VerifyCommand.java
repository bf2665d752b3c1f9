package workshop.cli.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.UsageException;
import workshop.cli.exercise.Exercise;
import workshop.cli.exercise.Results;
import workshop.cli.process.Maven;
import workshop.cli.runner.CompileErrors;
import workshop.cli.runner.MavenTestRunner;
import workshop.cli.runner.TestRun;
import workshop.cli.workspace.FileChange;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;
import workshop.support.exercise.ExerciseId;
import workshop.support.exercise.ResultsFile;
import workshop.support.exercise.TestResult;

/**
 * {@code ./workshop verify [--step SS]}: proves, on a temporary copy of the repository, that every step
 * keeps the exercise contract. In the starting state exactly the exercise tests fail (a parameterised one with at
 * least one of its cases), each naming its exercise; each solution, applied in order, makes its own and all earlier exercises pass while the later
 * ones still fail; with every solution applied every test passes; and each exercise has a README section, hints
 * and a solution folder. Without {@code --step} the kit's own tests run first, each one a counted check too,
 * so CI's one command also proves the tooling. Each of these is one counted check; the last line sums them up.
 */
public record VerifyCommand(Workspace workspace, Console console) implements Command {

    @Override
    public int run(List<String> arguments) {
        List<Step> steps = selectedSteps(arguments);
        Tally tally = new Tally(console);
        try (TempCopy copy = TempCopy.of(workspace.root())) {
            Workspace copied = new Workspace(copy.dir());
            if (arguments.isEmpty() && Files.isDirectory(copied.root().resolve("kit"))) {
                verifyKit(copied, tally);
            }
            if (steps.isEmpty()) {
                console.println("No steps to verify yet: a step is a folder step-NN-name with a pom.xml.");
            } else {
                MavenTestRunner runner = new MavenTestRunner(new Maven(copied.root()));
                for (Step step : steps) {
                    Step copiedStep = Step.at(copy.dir().resolve(step.folder())).orElseThrow();
                    new StepVerification(copiedStep, runner, tally).run();
                }
            }
        }
        console.println("verify: " + tally.summary());
        return tally.failed() == 0 ? 0 : 1;
    }

    /** Every test of kit/support and kit/cli (the latter verifies fixture steps for real) is one check. */
    private void verifyKit(Workspace copied, Tally tally) {
        console.println(console.bold("kit"));
        Instant started = Instant.now();
        int failedBefore = tally.failed();
        List<Path> modules = List.of(copied.root().resolve("kit/support"), copied.root().resolve("kit/cli"));
        Path log = workspace.logFile("verify", "kit");
        boolean built = new Maven(copied.root()).run(log, List.of("-B", "-q",
                "-pl", "kit/support,kit/cli", "-Dmaven.test.failure.ignore=true", "test"));
        List<TestResult> results = modules.stream()
                .flatMap(module -> ResultsFile.read(ResultsFile.of(module)).stream())
                .toList();
        if (!built || results.isEmpty()) {
            tally.fail("the kit does not build or ran no test, see " + workspace.relative(log));
        }
        for (TestResult result : results) {
            tally.check(!result.failed(), () -> "kit test " + result.test() + " fails: " + firstLine(result.message()));
        }
        console.println(String.format("  kit: %d tests, %d failed (%d s)", results.size(),
                tally.failed() - failedBefore, Duration.between(started, Instant.now()).toSeconds()));
    }

    private List<Step> selectedSteps(List<String> arguments) {
        if (arguments.isEmpty()) {
            return workspace.steps();
        }
        if (arguments.size() != 2 || !arguments.get(0).equals("--step")) {
            throw new UsageException("verify takes no arguments or --step SS");
        }
        String number = arguments.get(1);
        return List.of(workspace.step(number).orElseThrow(() -> new UsageException("there is no step " + number)));
    }

    /** The checks of one step, run against its copy. */
    private final class StepVerification {

        private final Step step;
        private final MavenTestRunner runner;
        private final Tally tally;
        private final List<Exercise> exercises;
        private final List<Exercise> tested;

        StepVerification(Step step, MavenTestRunner runner, Tally tally) {
            this.step = step;
            this.runner = runner;
            this.tally = tally;
            this.exercises = Exercise.allOf(step);
            this.tested = exercises.stream().filter(exercise -> !exercise.tests().isEmpty()).toList();
        }

        void run() {
            Instant started = Instant.now();
            int passedBefore = tally.passed();
            int failedBefore = tally.failed();
            console.println(console.bold("step " + step.number() + " " + step.name()));
            checkStructure();
            if (checkStartingState()) {
                exercises.stream().filter(exercise -> exercise.solution().exists()).forEach(this::checkSolution);
                checkAllSolved();
            }
            console.println(String.format("  step %s: %d passed, %d failed (%d s)", step.number(),
                    tally.passed() - passedBefore, tally.failed() - failedBefore,
                    Duration.between(started, Instant.now()).toSeconds()));
        }

        private void checkStructure() {
            String readme = step.folder() + "/README.md";
            for (Exercise exercise : exercises) {
                ExerciseId id = exercise.id();
                tally.check(exercise.section().isPresent(), () -> id + " has no section ### " + id + " in " + readme);
                tally.check(exercise.solution().exists(), () -> id + " has no folder " + step.folder() + "/solutions/" + id);
                tally.check(!exercise.hints().isEmpty(), () -> id + " has no hints in " + step.folder() + "/hints/" + id
                        + ".md");
                tally.check(!exercise.tests().isEmpty(), () -> id + " has no @Exercise(\"" + id + "\") test");
                for (ExerciseId earlier : exercise.buildsOn()) {
                    tally.check(earlier.compareTo(id) < 0 && exercises.stream().anyMatch(e -> e.id().equals(earlier)),
                            () -> id + " builds on " + earlier + ", which is not an earlier exercise of step "
                                    + step.number());
                }
            }
        }

        /** Returns false when the starting state does not even build, which makes the later checks moot. */
        private boolean checkStartingState() {
            console.println("  starting state");
            TestRun start = runner.runAll(step, log("start"));
            if (!builds(start, "the starting state of step " + step.number())) {
                return false;
            }
            Results results = start.results();
            for (Exercise exercise : tested) {
                ExerciseId id = exercise.id();
                List<TestResult> own = results.of(id);
                if (own.isEmpty()) {
                    tally.fail("no test of " + id + " ran in the starting state");
                    continue;
                }
                Optional<TestResult> notFailing = notFailing(own);
                tally.check(notFailing.isEmpty(), () -> id
                        + (notFailing.orElseThrow().passed() ? " already passes" : " is skipped")
                        + " in the starting state (" + notFailing.orElseThrow().method() + ")");
                Optional<TestResult> unnamed = own.stream()
                        .filter(result -> result.failed() && !result.message().contains(id.toString()))
                        .findFirst();
                tally.check(unnamed.isEmpty(), () -> id + " fails, but its message does not name the exercise: "
                        + unnamed.orElseThrow().test() + ": " + firstLine(unnamed.orElseThrow().message()));
            }
            for (TestResult result : results.scaffolding()) {
                tally.check(!result.failed(), () -> "scaffolding test " + result.test() + " fails: "
                        + firstLine(result.message()));
            }
            return true;
        }

        private void checkSolution(Exercise solved) {
            console.println("  with the solutions up to " + solved.id());
            solved.solution().changesFor(step.dir()).forEach(FileChange::apply);
            TestRun after = runner.run(step, tested, step.number(), log(solved.id().toString()));
            if (!builds(after, solved.id() + "'s solution")) {
                return;
            }
            // A check runs the public API scenarios beside the exercises: with correct solutions they must pass throughout.
            for (TestResult scenario : after.results().scaffoldingIn(Exercise.testsToRun(step, tested))) {
                tally.check(!scenario.failed(), () -> "with the solutions up to " + solved.id() + ", "
                        + scenario.test() + " fails: " + firstLine(scenario.message()));
            }
            for (Exercise exercise : tested) {
                ExerciseId id = exercise.id();
                List<TestResult> own = after.results().of(id);
                boolean done = after.results().done(id).orElse(false);
                if (own.isEmpty()) {
                    tally.fail("no test of " + id + " ran once " + solved.id() + " is solved");
                } else if (id.compareTo(solved.id()) > 0) {
                    tally.check(notFailing(own).isEmpty(), () -> id + " passes once " + solved.id() + " is solved ("
                            + notFailing(own).orElseThrow().method() + ")");
                } else if (id.equals(solved.id())) {
                    tally.check(done, () -> id + "'s solution does not make its tests pass: " + failure(own));
                } else {
                    tally.check(done, () -> id + " fails again once " + solved.id() + " is solved: " + failure(own));
                }
            }
        }

        private void checkAllSolved() {
            console.println("  with all solutions");
            TestRun solved = runner.runAll(step, log("solved"));
            if (!builds(solved, "step " + step.number() + " with all solutions applied")) {
                return;
            }
            if (solved.results().all().isEmpty()) {
                tally.fail("no test ran in step " + step.number() + " with all solutions applied");
            }
            for (TestResult result : solved.results().all()) {
                tally.check(!result.failed(), () -> "with all solutions applied, " + result.test() + " fails: "
                        + firstLine(result.message()));
            }
        }

        /** A build that broke is one failed check, named with its first compile error or its log. */
        private boolean builds(TestRun run, String subject) {
            if (run.built()) {
                return true;
            }
            List<String> errors = CompileErrors.in(run.log(), step.dir().getParent());
            tally.fail(errors.isEmpty()
                    ? subject + " does not build, see " + workspace.relative(run.log())
                    : subject + " does not compile: " + firstLine(errors.get(0)).replaceFirst("^\\[ERROR\\] ", ""));
            return false;
        }

        private Path log(String phase) {
            return workspace.logFile("verify", step.number() + "-" + phase);
        }
    }

    /**
     * A test of an unsolved exercise that does not fail: one whose cases all pass or are skipped. A parameterised test
     * is one specification over several inputs, and it fails while any of them fails: the same purchase in two modes
     * fails while one mode does not work yet, though the other already may.
     */
    private static Optional<TestResult> notFailing(List<TestResult> results) {
        Map<String, List<TestResult>> byMethod = results.stream()
                .collect(Collectors.groupingBy(TestResult::method, LinkedHashMap::new, Collectors.toList()));
        return byMethod.values().stream()
                .filter(cases -> cases.stream().noneMatch(TestResult::failed))
                .map(cases -> cases.get(0))
                .findFirst();
    }

    private static String failure(List<TestResult> results) {
        return results.stream().filter(TestResult::failed).findFirst()
                .map(result -> result.test() + ": " + firstLine(result.message()))
                .orElse("its tests were skipped");
    }

    private static String firstLine(String message) {
        String line = message.isBlank() ? "(no message)" : message.strip().lines().findFirst().orElseThrow().strip();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
