package workshop.cli.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a Markdown text and its headings. Lines inside fenced code blocks are never headings, so a
 * {@code # comment} in a shell example is safe.
 */
record Markdown(List<String> lines, List<Heading> headings) {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    /** A heading: its level (the number of {@code #}), its text, and the index of its line. */
    record Heading(int level, String text, int line) {
    }

    static Markdown parse(String text) {
        List<String> lines = List.of(text.split("\\R", -1));
        List<Heading> headings = new ArrayList<>();
        boolean inFence = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            Matcher heading = HEADING.matcher(line);
            if (!inFence && heading.matches()) {
                headings.add(new Heading(heading.group(1).length(), heading.group(2), index));
            }
        }
        return new Markdown(lines, List.copyOf(headings));
    }

    /** The text under a heading, up to the next heading of its level or a higher one, without blank edges. */
    String under(Heading heading) {
        int end = headings.stream()
                .filter(next -> next.line() > heading.line() && next.level() <= heading.level())
                .mapToInt(Heading::line)
                .findFirst()
                .orElse(lines.size());
        return String.join("\n", lines.subList(heading.line() + 1, end)).strip();
    }
}
