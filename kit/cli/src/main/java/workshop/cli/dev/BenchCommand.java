package workshop.cli.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.Io;
import workshop.cli.dev.tax.TaxCommand;
import workshop.cli.UsageException;
import workshop.cli.exercise.Exercise;
import workshop.cli.process.Program;
import workshop.cli.start.Figures;
import workshop.cli.start.ShopVariant;
import workshop.cli.start.StartCommand;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.StepFile;
import workshop.cli.workspace.Workspace;
import workshop.support.OperatingSystem;

/**
 * {@code ./workshop bench}: measures on this machine the figures the READMEs quote, against the workshop's goals.
 * A check is timed as a trainee waits for it (the {@code ./workshop} launcher, wall time); a start is read from the
 * {@link Figures} that {@code start SS --demo-only} keeps: time until ready, memory of the services and the first
 * checkout's latency. A step with start options is started once per value of each option, so that the table shows
 * them side by side, e.g. {@code start 04 --payments remote} and {@code start 04 --payments in-process}.
 * A check is timed twice: with nothing changed, and right after an edit of a file the exercise's solution changes, as
 * a trainee checks while iterating (the edit touches the file, which the check then compiles or copies; its content
 * stays as it is).
 * Each target first runs until it is warm, as a trainee meets it after {@code ./workshop prepare}: a check once (it
 * builds with Maven and prepares the test JVM's class data), a start once (it builds and records its archives); then
 * {@code --runs} times. The output of every run is in {@code .workshop/logs/bench/}.
 * {@code ./workshop bench tax} measures something else, each shop under load: {@link TaxCommand}.
 */
public record BenchCommand(Workspace workspace, Console console) implements Command {

    /**
     * One thing to measure, {@code check 01.1} or {@code start 04 --payments remote}, and the goal its step's file
     * sets: for a check of one exercise, or for a start until every service is up.
     *
     * @param shop what a start runs, and where it keeps its figures; empty for a check
     * @param edited the file a check's every run follows an edit of; empty for a start, and for a check of unchanged code
     */
    record Target(String command, List<String> arguments, Optional<Duration> goal, Optional<ShopVariant> shop,
            Optional<Path> edited) {

        /** A check of unchanged code, then one after each edit of the first source file its solution changes. */
        static List<Target> checks(Exercise exercise) {
            Target unchanged = new Target("check", List.of(exercise.id().toString()),
                    exercise.step().stepFile().map(StepFile::checkGoal), Optional.empty(), Optional.empty());
            Optional<Path> source = exercise.solution().touchedFiles().stream()
                    .filter(file -> file.toString().replace('\\', '/').contains("/src/") && Files.isRegularFile(file))
                    .findFirst();
            return source.map(file -> List.of(unchanged, new Target(unchanged.command(), unchanged.arguments(),
                    unchanged.goal(), Optional.empty(), Optional.of(file)))).orElse(List.of(unchanged));
        }

        static Target start(ShopVariant shop) {
            return new Target("start", shop.arguments(), Optional.of(shop.shop().readyGoal()), Optional.of(shop),
                    Optional.empty());
        }

        String label() {
            return command + " " + String.join(" ", arguments)
                    + edited.map(file -> " after an edit of " + file.getFileName()).orElse("");
        }

        /** The label as part of a file name: {@code check-01.1}, {@code start-04-payments-remote}. */
        String fileName() {
            return label().replaceAll(" (--)?", "-");
        }

        boolean isStart() {
            return shop.isPresent();
        }

        /** An edited check follows the unchanged one, which warmed it up. */
        int warmUps() {
            return edited.isPresent() ? 0 : 1;
        }
    }

    /** A line of the table: what was measured, and its figures or why there are none. */
    private record Row(String what, String figures) {
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.equals(List.of("tax"))) {
            return new TaxCommand(workspace, console).run();
        }
        List<String> rest = new ArrayList<>(arguments);
        int runs = runs(rest);
        List<Target> targets = rest.isEmpty() ? standardTargets(workspace) : targets(rest);
        console.println("bench: " + runs + " run" + (runs == 1 ? "" : "s") + " of each, after warming up; "
                + "the machine should be otherwise idle");
        List<Row> rows = new ArrayList<>();
        boolean allMet = true;
        for (Target target : targets) {
            console.println(console.dim("  " + target.label() + " ..."));
            List<Duration> walls = new ArrayList<>();
            List<Figures> figures = new ArrayList<>();
            for (int run = 0; run < target.warmUps() + runs; run++) {
                target.edited().ifPresent(file -> Io.unchecked(() -> Files.setLastModifiedTime(file,
                        FileTime.from(Instant.now()))));
                long started = System.nanoTime();
                launch(target, run);
                if (run < target.warmUps()) {
                    continue;
                }
                walls.add(Duration.ofNanos(System.nanoTime() - started));
                if (target.isStart()) {
                    // A start that failed before the demo order has no figures: it is left out.
                    Figures.read(target.shop().orElseThrow().logDir(workspace.root())).ifPresent(figures::add);
                }
            }
            if (target.isStart()) {
                allMet &= row(rows, target.label() + ": ready", seconds(figures.stream().map(Figures::ready).toList()),
                        " s", target.goal());
                row(rows, target.label() + ": memory of the services", Samples.of(figures.stream()
                        .map(Figures::memoryMegabytes).filter(OptionalLong::isPresent)
                        .map(megabytes -> (double) megabytes.getAsLong()).toList()), " MB", Optional.empty());
                row(rows, target.label() + ": first checkout", Samples.of(figures.stream()
                        .map(run -> (double) run.firstCheckout().toMillis()).toList()), " ms", Optional.empty());
            } else {
                allMet &= row(rows, target.label(), seconds(walls), " s", target.goal());
            }
        }
        // As wide as the longest label, so that a start with its options keeps the columns in line.
        String what = "%-" + rows.stream().mapToInt(row -> row.what().length()).reduce(40, Math::max) + "s ";
        console.println();
        console.println(String.format(Locale.ROOT, what + "%10s %10s %10s  %s", "", "min", "median", "max", "goal"));
        rows.forEach(row -> console.println(String.format(Locale.ROOT, what, row.what()) + row.figures()));
        return allMet ? 0 : 1;
    }

    /** Appends a row; false when the median misses the goal. */
    private boolean row(List<Row> rows, String what, Samples samples, String unit, Optional<Duration> goal) {
        if (samples.isEmpty()) {
            rows.add(new Row(what, console.failed("no figure: see .workshop/logs/bench/")));
            return false;
        }
        boolean met = goal.map(limit -> samples.median() <= limit.toMillis() / 1000.0).orElse(true);
        String verdict = goal.map(limit -> "at most " + limit.toSeconds() + " s")
                .map(text -> met ? console.passed(text) : console.failed(text)).orElse("");
        rows.add(new Row(what, String.format(Locale.ROOT, "%10s %10s %10s  %s", samples.format(samples.min(), unit),
                samples.format(samples.median(), unit), samples.format(samples.max(), unit), verdict).stripTrailing()));
        return met;
    }

    /**
     * A check of the first exercise of every step, and a start of every step {@code start} knows, once per value of
     * each of its options.
     */
    static List<Target> standardTargets(Workspace workspace) {
        List<Target> targets = new ArrayList<>();
        List<Step> steps = workspace.steps();
        for (Step step : steps) {
            Exercise.allOf(step).stream().filter(exercise -> !exercise.tests().isEmpty()).findFirst()
                    .ifPresent(exercise -> targets.addAll(Target.checks(exercise)));
        }
        for (Step step : steps) {
            step.stepFile().map(ShopVariant::eachValue).orElse(List.of())
                    .forEach(shop -> targets.add(Target.start(shop)));
        }
        return targets;
    }

    private static int runs(List<String> arguments) {
        int index = arguments.indexOf("--runs");
        if (index < 0) {
            return 3;
        }
        if (index + 1 >= arguments.size() || !arguments.get(index + 1).matches("[1-9]\\d?")) {
            throw new UsageException("--runs needs a number from 1 to 99");
        }
        int runs = Integer.parseInt(arguments.get(index + 1));
        arguments.subList(index, index + 2).clear();
        return runs;
    }

    private List<Target> targets(List<String> arguments) {
        if (arguments.get(0).equals("check") && arguments.size() == 2) {
            return Target.checks(Exercise.find(arguments.get(1), workspace));
        }
        if (!arguments.get(0).equals("start")) {
            throw new UsageException("bench measures everything, or one 'check SS.E' or 'start SS [--OPTION VALUE]'");
        }
        return List.of(Target.start(StartCommand.variant(workspace, arguments.subList(1, arguments.size()))));
    }

    /** Runs {@code ./workshop <target>} as a trainee would, with its output in the bench log. */
    private void launch(Target target, int run) {
        List<String> command = new ArrayList<>(OperatingSystem.isWindows()
                ? List.of("cmd.exe", "/c", workspace.root().resolve("workshop.cmd").toString())
                : List.of(workspace.root().resolve("workshop").toString()));
        command.add(target.command());
        command.addAll(target.arguments());
        if (target.isStart()) {
            command.add(StartCommand.DEMO_ONLY);
        }
        Path log = workspace.root().resolve(".workshop/logs/bench/" + target.fileName() + "-" + run + ".log");
        Program.of(workspace.root(), command).run(log);
    }

    private static Samples seconds(List<Duration> durations) {
        return Samples.of(durations.stream().map(duration -> duration.toMillis() / 1000.0).toList());
    }
}
