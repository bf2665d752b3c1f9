package workshop.cli.runner;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import workshop.cli.Io;

/**
 * The compiler errors of a Maven log: the {@code [ERROR] File.java:[line,column] message} lines and the
 * {@code symbol:}/{@code location:} lines under them. Maven prints each error twice, the second time without
 * the detail lines; each is kept once, with its details.
 */
public final class CompileErrors {

    private static final Pattern ERROR = Pattern.compile("^\\[ERROR\\] .*\\.java:\\[\\d+(,\\d+)?\\] .*");

    private CompileErrors() {
    }

    /** The errors, with their paths relative to the repository root. */
    public static List<String> in(Path log, Path root) {
        List<String> lines = Io.unchecked(() -> Files.readAllLines(log));
        String prefix = root.toString() + File.separator;
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!ERROR.matcher(lines.get(i)).matches()) {
                continue;
            }
            String first = lines.get(i).replace(prefix, "");
            StringBuilder error = new StringBuilder(first);
            while (i + 1 < lines.size() && lines.get(i + 1).startsWith("  ")) {
                error.append('\n').append(lines.get(++i));
            }
            errors.putIfAbsent(first, error.toString());
        }
        return new ArrayList<>(errors.values());
    }
}
