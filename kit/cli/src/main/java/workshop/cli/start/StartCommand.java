package workshop.cli.start;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import workshop.cli.Command;
import workshop.cli.process.Maven;

/**
 * {@code ./workshop start SS}: runs a step's shop the way it is deployed, each service a JVM of its own, with a
 * database and a trace UI; places a demo order and shows what it cost: memory, start time, latency, and the trace
 * to open. Ctrl-C stops everything it started. With {@code --demo-only} it stops right after the table, for
 * scripts, measurements and tests.
 */
public final class StartCommand implements Command {

    public static final String DEMO_ONLY = "--demo-only";

    private final Path root;
    private final PrintStream out;

    public StartCommand(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    @Override
    public String name() {
        return "start";
    }

    @Override
    public String arguments() {
        return "SS [" + DEMO_ONLY + "]";
    }

    @Override
    public String description() {
        return "run a step's shop, place a demo order, show its cost (Ctrl-C stops it)";
    }

    /** 0 when the shop ran and the demo order was placed, 1 when something failed, 2 for a bad command line. */
    @Override
    public int run(List<String> arguments) {
        List<String> steps = new ArrayList<>(arguments);
        boolean demoOnly = steps.remove(DEMO_ONLY);
        if (steps.size() != 1) {
            return usage("start takes one step, e.g. ./workshop start 01");
        }
        Optional<ShopPlan> plan = ShopPlan.forStep(root, steps.get(0));
        if (plan.isEmpty()) {
            return usage("start knows step(s) " + String.join(", ", ShopPlan.steps()) + ", not " + steps.get(0));
        }
        return new ShopLauncher(root, out).run(plan.get(), demoOnly);
    }

    /** Where a start of the step writes its logs and its {@link Figures}. */
    public static Path logDir(Path root, String step) {
        return root.resolve(".workshop/logs/start-" + step);
    }

    /** The steps whose shop {@code start} knows how to run. */
    public static List<String> steps() {
        return ShopPlan.steps();
    }

    /**
     * Builds a step's services as {@code start} runs them, ahead-of-time code included, so that a day without
     * network can start them: the build needs Spring Boot's Maven plugin, which no other build downloads.
     *
     * @return false when the build failed; its log says why
     */
    public static boolean build(Path root, String step, Path log) {
        ShopPlan plan = ShopPlan.forStep(root, step).orElseThrow(() -> new IllegalArgumentException("no step " + step));
        return new StepBuild(root, new Maven(root)).build(plan, log);
    }

    private int usage(String problem) {
        out.println("workshop: " + problem);
        out.println("usage: ./workshop start SS [" + DEMO_ONLY + "]   (" + DEMO_ONLY
                + ": place the demo order, print the table, then stop)");
        return 2;
    }
}
