package workshop.cli.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import workshop.cli.Io;

/**
 * An exercise's hints, in {@code hints/SS.E.md} beside its step's README, where a trainee reading the README does not
 * see them: each hint a level-2 section, {@code ## Hint N: title}, in order. {@code ./workshop hint} shows one at a
 * time; a self-study reader follows the README's link on purpose.
 */
record HintsFile(List<Hint> hints) {

    private static final Pattern HINT_PREFIX =
            Pattern.compile("^hint\\s*\\d*\\s*[:.\\-–—]?\\s*", Pattern.CASE_INSENSITIVE);

    HintsFile {
        hints = List.copyOf(hints);
    }

    /** The hints in the file; none when there is no file. */
    static HintsFile read(Path file) {
        return Files.isRegularFile(file)
                ? parse(Io.unchecked(() -> Files.readString(file)))
                : new HintsFile(List.of());
    }

    static HintsFile parse(String text) {
        Markdown markdown = Markdown.parse(text);
        List<Markdown.Heading> sections = markdown.headings().stream().filter(heading -> heading.level() == 2).toList();
        return new HintsFile(sections.stream()
                .map(section -> new Hint(sections.indexOf(section) + 1,
                        HINT_PREFIX.matcher(section.text()).replaceFirst(""), markdown.under(section)))
                .toList());
    }
}
