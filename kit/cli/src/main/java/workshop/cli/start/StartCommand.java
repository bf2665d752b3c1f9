package workshop.cli.start;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import workshop.cli.Command;
import workshop.cli.UsageException;
import workshop.cli.process.Maven;
import workshop.cli.workspace.StartOption;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.StepFile;
import workshop.cli.workspace.Workspace;

/**
 * {@code ./workshop start SS}: runs a step's shop the way it is deployed, each service a JVM of its own, with a
 * database and a trace UI; places a demo order and shows what it cost: memory, start time, latency, and the trace
 * to open. Ctrl-C stops everything it started. With {@code --demo-only} it stops right after the table, for
 * scripts, measurements and tests. It knows the steps that declare their applications in a {@link StepFile}, and
 * takes the options a step file declares, {@code --NAME VALUE} or {@code --NAME=VALUE}, e.g.
 * {@code start 04 --payments in-process}.
 */
public record StartCommand(Workspace workspace, PrintStream out) implements Command {

    public static final String DEMO_ONLY = "--demo-only";

    /** 0 when the shop ran and the demo order was placed, 1 when something failed, 2 for a bad command line. */
    @Override
    public int run(List<String> arguments) {
        List<String> rest = new ArrayList<>(arguments);
        boolean demoOnly = rest.remove(DEMO_ONLY);
        ShopVariant variant;
        try {
            variant = variant(workspace, rest);
        } catch (UsageException wrong) {
            return usage(wrong.getMessage(), rest);
        }
        return new ShopLauncher(workspace, variant, out).run(demoOnly);
    }

    /** Starts the shop as {@code start} does, hands it to the visit once the demo order is placed, then stops it. */
    public static int startThen(Workspace workspace, ShopVariant variant, PrintStream out, ShopVisit visit) {
        return new ShopLauncher(workspace, variant, out).run(visit);
    }

    /**
     * The shop a start's arguments ask for: one step, and the values of any of its options, the others at their
     * defaults. Throws a {@link UsageException} that says in one line what is wrong.
     */
    public static ShopVariant variant(Workspace workspace, List<String> arguments) {
        List<String> steps = new ArrayList<>();
        // Each option as it was typed, in one argument or two, so that a wrong one is quoted as the trainee wrote it.
        List<String> options = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--")) {
                steps.add(argument);
            } else if (argument.contains("=") || i + 1 == arguments.size()) {
                options.add(argument);
            } else {
                options.add(argument + " " + arguments.get(++i));
            }
        }
        if (steps.size() != 1) {
            throw new UsageException("start takes one step, e.g. ./workshop start 01");
        }
        StepFile shop = workspace.step(steps.get(0)).flatMap(Step::stepFile)
                .orElseThrow(() -> new UsageException(unknownStep(workspace, steps.get(0))));
        ShopVariant variant = ShopVariant.byDefault(shop);
        Set<String> given = new HashSet<>();
        for (String typed : options) {
            String[] nameAndValue = typed.substring(2).split("[= ]", 2);
            StartOption option = shop.option(nameAndValue[0])
                    .filter(declared -> nameAndValue.length == 2 && declared.values().contains(nameAndValue[1]))
                    .orElseThrow(() -> new UsageException(unknownOption(shop, typed)));
            if (!given.add(option.name())) {
                throw new UsageException("start " + shop.step().number() + " takes --" + option.name() + " once");
            }
            variant = variant.with(option, nameAndValue[1]);
        }
        return variant;
    }

    private static String unknownOption(StepFile shop, String typed) {
        String known = shop.options().isEmpty() ? "no options"
                : shop.options().stream().map(StartOption::synopsis).collect(Collectors.joining(" and "));
        return "start " + shop.step().number() + " knows " + known + ", not " + typed;
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

    /** The problem, and the usage with the options of the step the arguments name, if they name one that has any. */
    private int usage(String problem, List<String> arguments) {
        out.println("workshop: " + problem);
        Optional<StepFile> shop = arguments.stream().map(workspace::step).flatMap(Optional::stream)
                .map(Step::stepFile).flatMap(Optional::stream).filter(declared -> !declared.options().isEmpty())
                .findFirst();
        String synopsis = shop.map(declared -> declared.step().number() + declared.options().stream()
                .map(option -> " [" + option.synopsis() + "]").collect(Collectors.joining())).orElse("SS");
        out.println("usage: ./workshop start " + synopsis + " [" + DEMO_ONLY + "]   ("
                + (shop.isPresent() ? "the first value is the default; " : "") + DEMO_ONLY
                + ": place the demo order, print the table, then stop)");
        return 2;
    }
}
