package workshop.cli.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import workshop.cli.Io;
import workshop.support.OperatingSystem;

/**
 * The repository's Maven wrapper, the one way the CLI runs Maven: its output goes to a log file, so the trainee sees
 * the CLI's short verdicts and the full Maven story is still there to read.
 *
 * <p>Every build is tried offline first: that needs no network and skips the remote update checks, which
 * is most of Maven's start-up time on bad wifi. Only when the offline build misses an artifact that was
 * never downloaded ({@code ./workshop prepare} downloads them all) is it run once more online.
 */
public record Maven(Path root) {

    private static final String MISSING_OFFLINE = "in offline mode";

    /** Runs a build with its output in the log; true when it succeeded. */
    public boolean run(Path log, List<String> arguments) {
        List<String> offline = new ArrayList<>(arguments);
        offline.add(0, "-o");
        int exitCode = execute(log, offline);
        if (exitCode != 0 && Io.unchecked(() -> Files.readString(log)).contains(MISSING_OFFLINE)) {
            exitCode = execute(log, arguments);
        }
        return exitCode == 0;
    }

    /** Runs online straight away, for the runs whose purpose is downloading. */
    public boolean runOnline(Path log, List<String> arguments) {
        return execute(log, arguments) == 0;
    }

    /**
     * The wrapper with its arguments. On Windows the wrapper is a batch file, run by cmd.exe; with
     * {@code /s /c "..."} cmd.exe takes the quoted line as it is, so arguments with spaces (a folder
     * name, the test JVM's options) arrive as one argument each.
     */
    private List<String> command(List<String> arguments) {
        if (OperatingSystem.isWindows()) {
            StringBuilder line = new StringBuilder(quoted(root.resolve("mvnw.cmd").toString()));
            arguments.forEach(argument -> line.append(' ').append(quoted(argument)));
            return List.of("cmd.exe", "/s", "/c", "\"" + line + "\"");
        }
        List<String> command = new ArrayList<>();
        command.add(root.resolve("mvnw").toString());
        command.addAll(arguments);
        return command;
    }

    private static String quoted(String argument) {
        return argument.contains(" ") ? "\"" + argument + "\"" : argument;
    }

    private int execute(Path log, List<String> arguments) {
        String quickStart = String.join(" ", Program.QUICK_START);
        String options = Optional.ofNullable(System.getenv("MAVEN_OPTS")).map(own -> quickStart + " " + own)
                .orElse(quickStart);
        return Program.of(root, command(arguments)).withEnvironment(Map.of("MAVEN_OPTS", options)).run(log);
    }
}
