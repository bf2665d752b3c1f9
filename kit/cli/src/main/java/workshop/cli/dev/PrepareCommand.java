package workshop.cli.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.Io;
import workshop.cli.UsageException;
import workshop.cli.exercise.Exercise;
import workshop.cli.process.Maven;
import workshop.cli.runner.DirectTestRunner;
import workshop.cli.slides.WebLibraries;
import workshop.cli.start.StartCommand;
import workshop.cli.start.trace.ZipkinServer;
import workshop.cli.workspace.RootPom;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop prepare}: downloads everything a workshop day needs while there is network, so the
 * day itself works offline: every module built and installed, the test runtime that Surefire only
 * fetches when tests run, the Zipkin server that is the trace UI when Docker is missing, and each step's shop
 * built as {@code ./workshop start} runs it (with Spring Boot's Maven plugin). Then it checks
 * every step's exercises once, so that the day's first check already runs without Maven and with its class
 * data archive (see {@link DirectTestRunner}).
 */
public record PrepareCommand(Workspace workspace, Console console, Maven maven) implements Command {

    /** One fast test of this kit, enough for Surefire to download its JUnit provider. */
    private static final String QUICK_TEST = "workshop.cli.trainee.UnifiedDiffTest";

    @Override
    public int run(List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new UsageException("prepare takes no arguments");
        }
        String zipkin = ZipkinServer.artifact(workspace.root());
        List<Stage> stages = new ArrayList<>();
        stages.add(new Stage("build and install every module", "all", List.of("-B", "-fae", "install", "-DskipTests")));
        List<String> rootModules = RootPom.modules(workspace.root());
        for (Step step : workspace.steps()) {
            if (rootModules.contains(step.folder())) {
                continue;
            }
            stages.add(new Stage("build step " + step.number() + ", which the root build does not list",
                    "step-" + step.number(),
                    List.of("-B", "-f", step.pom().toString(), "install", "-DskipTests")));
        }
        stages.add(new Stage("run one test, for the test runtime", "test", List.of("-B", "-pl", "kit/cli",
                "-Dtest=" + QUICK_TEST, "-Dsurefire.failIfNoSpecifiedTests=false", "test")));
        stages.add(new Stage("download the trace UI (" + zipkin + ")", "zipkin", ZipkinServer.download(zipkin)));
        // Every stage runs even after one failed: whatever still downloads is worth having.
        int failed = 0;
        for (Stage stage : stages) {
            failed += run(stage) ? 0 : 1;
        }
        for (String step : StartCommand.steps(workspace)) {
            failed += buildShop(step) ? 0 : 1;
        }
        failed += slideLibraries() ? 0 : 1;
        for (Step step : workspace.steps()) {
            failed += readyChecks(step) ? 0 : 1;
        }
        if (failed > 0) {
            console.println("Not ready for a day without network yet: fix what failed and run ./workshop prepare again.");
            return 1;
        }
        Io.unchecked(() -> Files.writeString(workspace.state("prepared"), "prepared " + Instant.now() + "\n"));
        console.println("Ready for a day without network: check, verify and start now run offline.");
        return 0;
    }

    /** One Maven run of the preparation, online on purpose: downloading is the point. */
    private record Stage(String what, String logName, List<String> arguments) {
    }

    /**
     * The first check of a step builds it with Maven and leaves what the next checks need to run without it: the
     * classpaths, the inputs it saw and the test JVMs' class data archives. The exercises fail, as they should in the starting state; only a build that
     * breaks counts as a failure here.
     */
    private boolean readyChecks(Step step) {
        List<Exercise> exercises = Exercise.allOf(step).stream().filter(exercise -> !exercise.tests().isEmpty()).toList();
        if (exercises.isEmpty()) {
            return true;
        }
        Instant started = Instant.now();
        DirectTestRunner checks = new DirectTestRunner(maven, line -> { });
        Path log = workspace.logFile("prepare", "checks-" + step.number());
        boolean built = checks.run(step, exercises, step.number(), log).built();
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        if (built) {
            console.println(console.passed("run step " + step.number() + "'s checks once, so they start quickly ("
                    + seconds + " s)"));
            return true;
        }
        console.println(console.failed("step " + step.number() + "'s checks failed to build; see "
                + workspace.relative(log)));
        return false;
    }

    /** The presentation's libraries for ./workshop slides, from the npm registry. */
    private boolean slideLibraries() {
        Optional<String> failed = new WebLibraries(workspace).fetch();
        if (failed.isEmpty()) {
            console.println(console.passed("download the slides' libraries (reveal.js, mermaid)"));
            return true;
        }
        console.println(console.failed("download the slides' libraries failed: " + failed.get()));
        return false;
    }

    private boolean buildShop(String step) {
        Path log = workspace.logFile("prepare", "start-" + step);
        return timed("build step " + step + "'s shop for ./workshop start", log,
                () -> StartCommand.build(workspace, step, log));
    }

    private boolean run(Stage stage) {
        Path log = workspace.logFile("prepare", stage.logName());
        return timed(stage.what(), log, () -> maven.runOnline(log, stage.arguments()));
    }

    /** Does one part of the preparation and says how long it took, or where its log is when it failed. */
    private boolean timed(String what, Path log, BooleanSupplier work) {
        Instant started = Instant.now();
        boolean succeeded = work.getAsBoolean();
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        if (succeeded) {
            console.println(console.passed(what + " (" + seconds + " s)"));
            return true;
        }
        console.println(console.failed(what + " failed; see " + workspace.relative(log)));
        return false;
    }
}
