package workshop.cli.start;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.cli.process.Program;
import workshop.support.OperatingSystem;

/**
 * The resident memory (RSS) of a process in kilobytes: what the operating system really gives it, heap or not.
 * Linux reads {@code /proc}, macOS asks {@code ps}, Windows asks {@code tasklist}; empty when none of them answers.
 */
public final class Memory {

    private static final Pattern PROC_STATUS_RSS = Pattern.compile("^VmRSS:\\s+(\\d+)\\s+kB", Pattern.MULTILINE);
    private static final Pattern NUMBER = Pattern.compile("^\\s*(\\d+)\\s*$");
    /** The last CSV field of {@code tasklist /fo csv}, e.g. {@code "183,456 K"} (grouping depends on the locale). */
    private static final Pattern TASKLIST_MEMORY = Pattern.compile("\"([\\d.,\\s\\u00a0\\u202f]+)\\s*K\"\\s*$");

    private static final Duration TOOL_TIMEOUT = Duration.ofSeconds(5);

    private Memory() {
    }

    public static OptionalLong rssKilobytes(long pid) {
        if (OperatingSystem.isWindows()) {
            return run("tasklist", "/fi", "PID eq " + pid, "/fo", "csv", "/nh").map(Memory::parseTasklist)
                    .orElse(OptionalLong.empty());
        }
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (Files.isReadable(status)) {
            try {
                return parseProcStatus(Files.readString(status));
            } catch (IOException processEnded) {
                return OptionalLong.empty();
            }
        }
        return run("ps", "-o", "rss=", "-p", Long.toString(pid)).map(Memory::parsePs).orElse(OptionalLong.empty());
    }

    /** {@code VmRSS:   183456 kB} from Linux's {@code /proc/<pid>/status}. */
    static OptionalLong parseProcStatus(String status) {
        Matcher rss = PROC_STATUS_RSS.matcher(status);
        return rss.find() ? OptionalLong.of(Long.parseLong(rss.group(1))) : OptionalLong.empty();
    }

    /** {@code ps -o rss=} prints the kilobytes alone, right-aligned. */
    static OptionalLong parsePs(String output) {
        Matcher rss = NUMBER.matcher(output.strip());
        return rss.matches() ? OptionalLong.of(Long.parseLong(rss.group(1))) : OptionalLong.empty();
    }

    /** {@code "java.exe","1234","Console","1","183,456 K"}: the last field, whatever the digit grouping. */
    static OptionalLong parseTasklist(String output) {
        Matcher memory = TASKLIST_MEMORY.matcher(output.strip());
        if (!memory.find()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(memory.group(1).replaceAll("\\D", "")));
    }

    private static Optional<String> run(String... command) {
        return Program.of(Path.of("").toAbsolutePath(), List.of(command)).output(TOOL_TIMEOUT)
                .map(output -> new String(output, StandardCharsets.UTF_8));
    }
}
