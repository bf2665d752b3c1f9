package workshop.cli.slides;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.cli.Io;

/**
 * What keeps the decks true to the workshop: code on a slide is the code of the repository, named by a marker
 * ({@code <!-- snippet: path#member -->} before a fenced block, or {@code <!-- snippet: path -->} for a whole small
 * file; in Markdown, {@code #name} is the block after the comment {@code <!-- name ...}), and a measured number is the one the last {@code ./workshop bench tax} wrote
 * ({@code <!-- bench: SHOP FIELD -->VALUE<!-- /bench -->}, or {@code <!-- bench: machine -->}). Each deck's slides
 * plan their seconds, and together they make the deck's minutes.
 */
public final class SlideChecks {

    static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)(?:#(\\w+))? -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    static final Pattern BENCH = Pattern.compile("<!-- bench: ([^>]+?) -->(.*?)<!-- /bench -->");

    /** A deck's planned seconds may differ this much from its minutes: the minutes are rounded. */
    private static final int SECONDS_OFF_AT_MOST = 60;

    private SlideChecks() {
    }

    /** What is wrong with the decks of this repository, one line each; empty when nothing is. */
    public static List<String> problems(Path root, Function<String, Optional<String>> benchValue) {
        List<String> problems = new ArrayList<>();
        for (Deck deck : Deck.all(root)) {
            String where = Deck.FOLDER + "/" + deck.name() + ".md";
            int untimed = (int) deck.slides().stream().filter(slide -> slide.seconds() == 0).count();
            if (untimed > 0) {
                problems.add(where + ": " + untimed + " slide(s) without <!-- .slide: data-timing=\"SECONDS\" -->");
            }
            if (Math.abs(deck.plannedSeconds() - deck.minutes() * 60) > SECONDS_OFF_AT_MOST) {
                problems.add(where + ": its slides plan " + deck.plannedSeconds() + " s, its front matter "
                        + deck.minutes() + " min");
            }
            Matcher snippet = SNIPPET.matcher(deck.markdown());
            while (snippet.find()) {
                Optional<String> code = code(root, snippet.group(1), snippet.group(2));
                String named = snippet.group(1) + (snippet.group(2) == null ? "" : "#" + snippet.group(2));
                if (code.isEmpty()) {
                    problems.add(where + ": the snippet " + named + " names no file or member of the repository");
                } else if (!code.get().equals(snippet.group(3))) {
                    problems.add(where + ": the snippet " + named + " is not the code any more; it now reads:\n"
                            + code.get());
                }
            }
            Matcher bench = BENCH.matcher(deck.markdown());
            while (bench.find()) {
                Optional<String> value = benchValue.apply(bench.group(1));
                if (value.isEmpty()) {
                    problems.add(where + ": bench tax measured no " + bench.group(1));
                } else if (!value.get().equals(bench.group(2))) {
                    problems.add(where + ": " + bench.group(1) + " is " + bench.group(2) + " on the slide, "
                            + value.get() + " in the bench's results: ./workshop bench tax writes both");
                }
            }
        }
        return problems;
    }

    /** Every deck gets the values of the bench's last results. */
    public static void updateBench(Path root, Function<String, Optional<String>> benchValue) {
        for (Deck deck : Deck.all(root)) {
            Path file = root.resolve(Deck.FOLDER).resolve(deck.name() + ".md");
            String text = Io.unchecked(() -> Files.readString(file));
            String updated = BENCH.matcher(text).replaceAll(found -> Matcher.quoteReplacement(
                    "<!-- bench: " + found.group(1) + " -->" + benchValue.apply(found.group(1)).orElse(found.group(2))
                            + "<!-- /bench -->"));
            if (!updated.equals(text)) {
                Io.unchecked(() -> Files.writeString(file, updated));
            }
        }
    }

    /**
     * A whole file, or one member of a Java file: from its declaration (its annotations and doc comment left out) to
     * its closing brace, dedented to the declaration.
     */
    static Optional<String> code(Path root, String path, String member) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Io.unchecked(() -> Files.readAllLines(file));
        if (member == null) {
            return Optional.of(String.join("\n", lines).stripTrailing());
        }
        if (path.endsWith(".md")) {
            return markedBlock(lines, member);
        }
        Pattern type = Pattern.compile("^(\\s*)(?:[\\w@]+\\s+)*(?:class|record|interface|enum)\\s+" + member + "\\b");
        Pattern method = Pattern.compile("^(\\s*)(?!return\\s|new\\s|throw\\s|else\\s)(?:[\\w<>\\[\\],.?@]+\\s+)+"
                + member + "\\s*\\(");
        for (int start = 0; start < lines.size(); start++) {
            String first = lines.get(start);
            Matcher found = type.matcher(first);
            if (!found.find()) {
                found = method.matcher(first);
                // A call (ends with ;) or an assignment (= before the name) mentions a method without declaring it.
                if (!found.find() || first.trim().endsWith(";") || first.substring(0, found.end()).contains("=")) {
                    continue;
                }
            }
            int indent = found.group(1).length();
            int depth = 0;
            boolean opened = false;
            List<String> code = new ArrayList<>();
            for (int line = start; line < lines.size(); line++) {
                String text = lines.get(line);
                code.add(text.length() >= indent && text.substring(0, indent).isBlank() ? text.substring(indent)
                        : text.stripLeading());
                for (char c : withoutLiterals(text).toCharArray()) {
                    depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                    opened |= c == '{';
                }
                if (opened && depth == 0) {
                    return Optional.of(String.join("\n", code).stripTrailing());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * In Markdown, such as a README with a drawing a test generates: the fenced block right after the comment that
     * names it ({@code <!-- modules ... -->}).
     */
    private static Optional<String> markedBlock(List<String> lines, String name) {
        for (int line = 0; line + 1 < lines.size(); line++) {
            if (lines.get(line).startsWith("<!-- " + name) && lines.get(line + 1).startsWith("```")) {
                List<String> block = new ArrayList<>();
                for (int inside = line + 2; inside < lines.size() && !lines.get(inside).startsWith("```"); inside++) {
                    block.add(lines.get(inside));
                }
                return Optional.of(String.join("\n", block));
            }
        }
        return Optional.empty();
    }

    /** The line without its string and character literals and its line comment, whose braces do not count. */
    private static String withoutLiterals(String line) {
        return line.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("'(?:\\\\.|[^'\\\\])'", "''")
                .replaceAll("//.*$", "");
    }
}
