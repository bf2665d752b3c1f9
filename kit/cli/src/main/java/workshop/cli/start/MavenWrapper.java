package workshop.cli.start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import workshop.support.OperatingSystem;

/**
 * The repository's Maven wrapper, its output in a log file. Offline first: that needs no wifi and skips the remote
 * update checks; only when something was never downloaded does it run once more online.
 */
final class MavenWrapper {

    private static final String MISSING_OFFLINE = "in offline mode";

    private final Path root;

    MavenWrapper(Path root) {
        this.root = root;
    }

    boolean run(List<String> arguments, Path log) {
        List<String> offline = new ArrayList<>(arguments);
        offline.add(0, "-o");
        int exitCode = execute(offline, log);
        if (exitCode != 0 && logContains(log, MISSING_OFFLINE)) {
            exitCode = execute(arguments, log);
        }
        return exitCode == 0;
    }

    private int execute(List<String> arguments, Path log) {
        List<String> command = new ArrayList<>(wrapper());
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            process.getOutputStream().close();
            return process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Maven was running", e);
        }
    }

    /** The Windows wrapper is a batch file, which needs cmd.exe. */
    private List<String> wrapper() {
        if (OperatingSystem.isWindows()) {
            return List.of("cmd.exe", "/c", root.resolve("mvnw.cmd").toString());
        }
        return List.of(root.resolve("mvnw").toString());
    }

    private static boolean logContains(Path log, String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
