package workshop.cli.dev.tax;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import workshop.cli.Console;
import workshop.cli.Io;
import workshop.cli.dev.TempCopy;
import workshop.cli.exercise.Exercise;
import workshop.cli.slides.SlideChecks;
import workshop.cli.process.Program;
import workshop.cli.start.ShopVariant;
import workshop.cli.workspace.FileChange;
import workshop.cli.workspace.Git;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.StepFile;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop bench tax}: the microservices tax, measured under load. Each step's shop, solved (and as it starts,
 * where its step file says the starting code teaches something), once per value of each start option, runs as
 * {@code start} runs it, in a copy of the repository that holds that code, under the same closed load
 * ({@link Load}); then the figures go to {@code bench/tax.json}, a Markdown table, an SVG chart, the README tables
 * that quote them ({@link TaxReport}) and the slides' numbers ({@link SlideChecks}).
 */
public record TaxCommand(Workspace workspace, Console console) {

    /** Where the results go, in the repository, so that the READMEs and slides can quote them. */
    public static final String RESULTS = "bench/tax.json";

    public int run() {
        console.println("bench tax: each shop under the same load (" + Load.CUSTOMERS.size() + " customers at once, "
                + TaxRun.WARM_UP_CHECKOUTS + " checkouts to warm up, then " + TaxRun.MEASURED_CHECKOUTS
                + " measured, carts of " + Load.CART_LINES + " lines); the machine should be otherwise idle");
        List<Measurement> measurements = new ArrayList<>();
        for (Step step : workspace.steps()) {
            Optional<StepFile> stepFile = step.stepFile().filter(file -> file.taxLoad().isPresent());
            if (stepFile.isEmpty()) {
                continue;
            }
            if (stepFile.get().taxLoad().orElseThrow().startingCode()) {
                measure(step, false, measurements);
            }
            measure(step, true, measurements);
        }
        if (measurements.isEmpty()) {
            console.println(console.failed("bench tax: no shop could be measured; see .workshop/logs/bench/"));
            return 1;
        }
        TaxResults results = TaxResults.measuredHere(measurements);
        Path file = workspace.root().resolve(RESULTS);
        Io.unchecked(() -> {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(results) + "\n");
        });
        TaxReport report = new TaxReport(results);
        report.writeBeside(file);
        report.updateReadmes(workspace);
        SlideChecks.updateBench(workspace.root(), results::value);
        console.println();
        console.println(report.table());
        console.println("In " + RESULTS + ", with its table and chart beside it; the READMEs quote them.");
        return measurements.stream().anyMatch(measurement -> measurement.failedCheckouts() > 0) ? 1 : 0;
    }

    private void measure(Step step, boolean solved, List<Measurement> measurements) {
        try (TempCopy copy = TempCopy.of(workspace.root())) {
            Workspace copied = new Workspace(copy.dir());
            Step stepCopy = copied.step(step.number()).orElseThrow();
            startingCode(step, stepCopy);
            if (solved) {
                Exercise.allOf(stepCopy).stream().filter(exercise -> exercise.solution().exists())
                        .forEach(exercise -> exercise.solution().changesFor(stepCopy.dir()).forEach(FileChange::apply));
            }
            StepFile stepFile = stepCopy.stepFile().orElseThrow();
            for (ShopVariant variant : ShopVariant.eachValue(stepFile)) {
                String shop = step.number() + (solved ? " solved" : " as it starts")
                        + (variant.arguments().size() > 1 ? " " + String.join(" ",
                                variant.arguments().subList(1, variant.arguments().size())) : "");
                console.println(console.dim("  " + shop + " ..."));
                Path log = workspace.root().resolve(".workshop/logs/bench/tax-" + shop.replaceAll("[^a-z0-9-]+", "-")
                        + ".log");
                Path result = copy.dir().resolve("tax-result.json");
                List<String> arguments = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"),
                        TaxRun.class.getName(), copy.dir().toString(), shop, result.toString()));
                arguments.addAll(variant.arguments());
                Io.unchecked(() -> Files.deleteIfExists(result));
                int exitCode = Program.java(copy.dir(), arguments).run(log);
                if (exitCode != 0 || !Files.isRegularFile(result)) {
                    console.println(console.failed("    no figures: see " + workspace.relative(log)));
                    continue;
                }
                Measurement measurement = JsonMapper.builder().build().readValue(result.toFile(), Measurement.class);
                console.println(console.dim("    " + TaxReport.summary(measurement)));
                measurements.add(measurement);
            }
        }
    }

    /**
     * The step's files in the copy as they are committed (git's HEAD), not as someone left them while working on the
     * exercises; without git, as they are.
     */
    private void startingCode(Step step, Step stepCopy) {
        Git git = new Git(workspace.root());
        Optional<String> commit = git.available() ? git.head() : Optional.empty();
        if (commit.isEmpty() || git.filesAt(commit.get(), step.folder()).isEmpty()) {
            console.println(console.dim("  (no commit to read " + step.folder() + " from: measuring the files as"
                    + " they are)"));
            return;
        }
        Io.deleteTree(stepCopy.dir());
        for (String path : git.filesAt(commit.get(), step.folder())) {
            git.show(commit.get(), path).ifPresent(content -> FileChange.write(
                    stepCopy.dir().getParent().resolve(path), content).apply());
        }
    }
}
