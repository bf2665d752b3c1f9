package workshop.cli.start;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import workshop.cli.Command;
import workshop.cli.process.Maven;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.StepFile;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop start SS}: runs a step's shop the way it is deployed, each service a JVM of its own, with a
 * database and a trace UI; places a demo order and shows what it cost: memory, start time, latency, and the trace
 * to open. Ctrl-C stops everything it started. With {@code --demo-only} it stops right after the table, for
 * scripts, measurements and tests. It knows the steps that declare their applications in a {@link StepFile}.
 */
public record StartCommand(Workspace workspace, PrintStream out) implements Command {

    public static final String DEMO_ONLY = "--demo-only";

    /** 0 when the shop ran and the demo order was placed, 1 when something failed, 2 for a bad command line. */
    @Override
    public int run(List<String> arguments) {
        List<String> steps = new ArrayList<>(arguments);
        boolean demoOnly = steps.remove(DEMO_ONLY);
        if (steps.size() != 1) {
            return usage("start takes one step, e.g. ./workshop start 01");
        }
        Optional<StepFile> shop = workspace.step(steps.get(0)).flatMap(Step::stepFile);
        if (shop.isEmpty()) {
            return usage(unknownStep(workspace, steps.get(0)));
        }
        return new ShopLauncher(workspace, shop.get(), out).run(demoOnly);
    }

    /** The numbers of the steps whose shop {@code start} can run: those with a step file. */
    public static List<String> steps(Workspace workspace) {
        return workspace.steps().stream().filter(step -> step.stepFile().isPresent()).map(Step::number).toList();
    }

    /** Why start cannot run the step: which steps it knows, or that it knows none. */
    public static String unknownStep(Workspace workspace, String step) {
        List<String> known = steps(workspace);
        return known.isEmpty()
                ? "start knows no step, since none has a " + StepFile.NAME + "; not " + step
                : "start knows step(s) " + String.join(", ", known) + ", not " + step;
    }

    /** Where a start of the step writes its logs and its {@link Figures}. */
    public static Path logDir(Path root, String step) {
        return root.resolve(".workshop/logs/start-" + step);
    }

    /**
     * Builds a step's services as {@code start} runs them, ahead-of-time code included, so that a day without
     * network can start them: the build needs Spring Boot's Maven plugin, which no other build downloads.
     *
     * @return false when the build failed; its log says why
     */
    public static boolean build(Workspace workspace, String step, Path log) {
        StepFile shop = workspace.step(step).flatMap(Step::stepFile).orElseThrow();
        return new StepBuild(workspace.root(), new Maven(workspace.root())).build(shop, log);
    }

    private int usage(String problem) {
        out.println("workshop: " + problem);
        out.println("usage: ./workshop start SS [" + DEMO_ONLY + "]   (" + DEMO_ONLY
                + ": place the demo order, print the table, then stop)");
        return 2;
    }
}
