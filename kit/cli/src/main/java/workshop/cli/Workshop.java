package workshop.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import workshop.cli.dev.BenchCommand;
import workshop.cli.dev.DoctorCommand;
import workshop.cli.dev.PrepareCommand;
import workshop.cli.dev.VerifyCommand;
import workshop.cli.process.Maven;
import workshop.cli.runner.DirectTestRunner;
import workshop.cli.room.RoomCommands;
import workshop.cli.slides.SlidesCommand;
import workshop.cli.start.StartCommand;
import workshop.cli.trainee.CheckCommand;
import workshop.cli.trainee.DiffCommand;
import workshop.cli.trainee.HintCommand;
import workshop.cli.trainee.ResetCommand;
import workshop.cli.trainee.RestoreCommand;
import workshop.cli.trainee.SolveCommand;
import workshop.cli.trainee.StatusCommand;
import workshop.cli.trainee.WatchCommand;
import workshop.cli.workspace.Baseline;
import workshop.cli.workspace.Git;
import workshop.cli.workspace.Saves;
import workshop.cli.workspace.Workspace;

/**
 * The {@code ./workshop} command. The launchers run it as
 * {@code java -Dworkshop.root=<repository> workshop.cli.Workshop <command> <arguments>}.
 *
 * <p>Exit codes: 0 all good, 1 something failed (a test, a check, a build), 2 a bad command line.
 */
public final class Workshop {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Console console;
    private final Commands commands;

    Workshop(Console console, Commands commands) {
        this.console = console;
        this.commands = commands;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("workshop.root", "")).toAbsolutePath();
        String stamp = System.getProperty("workshop.kitStamp");
        if (stamp != null && KitBuild.isStale(root, Path.of(stamp))) {
            System.exit(KitBuild.rebuildAndRun(root, Path.of(stamp), Arrays.asList(args)));
        }
        Workspace workspace = new Workspace(root);
        new Baseline(workspace, new Git(root)).recordIfMissing();
        Console console = Console.system();
        System.exit(new Workshop(console, commands(workspace, console)).run(Arrays.asList(args)));
    }

    /** Every command of the CLI, in the order the usage lists them. A new command is one more register call here. */
    static Commands commands(Workspace workspace, Console console) {
        Git git = new Git(workspace.root());
        Baseline baseline = new Baseline(workspace, git);
        Maven maven = new Maven(workspace.root());
        Saves saves = new Saves(workspace, Clock.systemDefaultZone());
        CheckCommand check = new CheckCommand(workspace, console, new DirectTestRunner(maven,
                line -> console.println(console.dim(line))));
        return new Commands()
                .register("status", "", "every step and exercise, done or pending (the default command)",
                        new StatusCommand(workspace, console))
                .register("check", "SS.E|SS", "run the tests of one exercise (or of a step's exercises)", check)
                .register("watch", "[SS.E]", "check an exercise again whenever a file of its step is saved",
                        new WatchCommand(workspace, console, check, Duration.ofMillis(500)))
                .register("hint", "[SS.E]", "show the next hint of an exercise (default: the one you work on)",
                        new HintCommand(workspace, console))
                .register("diff", "SS.E", "compare your files with the exercise's solution",
                        new DiffCommand(workspace, console))
                .register("solve", "SS.E", "apply the exercise's solution (your files are saved first)",
                        new SolveCommand(workspace, console, saves))
                .register("reset", "SS.E|SS",
                        "back to the starting code of an exercise or step (your files are saved first)",
                        new ResetCommand(workspace, console, saves, git, baseline))
                .register("restore", "[SAVE]",
                        "put back the files saved by the last solve or reset (or by the named save)",
                        new RestoreCommand(workspace, console, saves))
                .register("start", "SS [--OPTION VALUE] [" + StartCommand.DEMO_ONLY + "]",
                        "run a step's shop, place a demo order, show its cost (Ctrl-C stops it)",
                        new StartCommand(workspace, System.out))
                .register("room", "[--port N]", "show every joined trainee's progress, live, on the local network",
                        RoomCommands.room(workspace, console))
                .register("join", "ADDRESS CODE [--name NAME]", "report your checks' verdicts to the instructor's room",
                        RoomCommands.join(workspace, console))
                .register("leave", "", "stop reporting to the room",
                        RoomCommands.leave(workspace, console))
                .register("slides", "[--port N]", "serve the slides on this machine, with a speaker view (Ctrl-C stops)",
                        new SlidesCommand(workspace, console))
                .register("doctor", "", "check JDK, Maven, offline readiness, Docker, database and ports",
                        new DoctorCommand(workspace, console))
                .register("prepare", "", "download everything once, for a workshop day without network",
                        new PrepareCommand(workspace, console, maven))
                .register("bench", "[--runs N] [check SS.E | start SS [--OPTION VALUE]] | tax",
                        "measure check and start against the workshop's goals; tax: each shop under load",
                        new BenchCommand(workspace, console))
                .register("verify", "[--step SS]",
                        "prove every exercise fails first and passes with its solution (CI, maintainers)",
                        new VerifyCommand(workspace, console));
    }

    int run(List<String> args) {
        if (!args.isEmpty() && List.of("help", "-h", "--help").contains(args.get(0))) {
            console.println(commands.usage());
            return OK;
        }
        String name = args.isEmpty() ? "status" : args.get(0);
        List<String> arguments = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            Command command = commands.find(name)
                    .orElseThrow(() -> new UsageException("unknown command: " + name));
            return command.run(arguments);
        } catch (UsageException e) {
            console.println("workshop: " + e.getMessage());
            if (e.showsUsage()) {
                console.println(commands.usage());
            }
            return USAGE;
        } catch (UncheckedIOException | IllegalStateException e) {
            console.println("workshop: " + e.getMessage());
            return FAILED;
        }
    }
}
