package workshop.cli.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.cli.Io;
import workshop.support.exercise.ExerciseId;

/**
 * The exercise sections of a step README. A section starts at a level-3 heading {@code ### SS.E Title}
 * and runs to the next heading of level 3 or less; its hints are the {@code <details>} blocks in it.
 * Lines inside fenced code blocks are never headings, so a {@code # comment} in a shell example is safe.
 */
record StepReadme(List<ExerciseSection> sections) {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    /** The first word is the exercise's number when {@link ExerciseId} reads it as one. */
    private static final Pattern EXERCISE_TITLE = Pattern.compile("(\\S+)\\s+(.+)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern DETAILS = Pattern.compile(
            "<details>\\s*<summary>(.*?)</summary>(.*?)</details>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HINT_PREFIX =
            Pattern.compile("^hint\\s*\\d*\\s*[:.\\-–—]?\\s*", Pattern.CASE_INSENSITIVE);

    StepReadme {
        sections = List.copyOf(sections);
    }

    static StepReadme read(Path file) {
        return Files.isRegularFile(file)
                ? parse(Io.unchecked(() -> Files.readString(file)))
                : new StepReadme(List.of());
    }

    static StepReadme parse(String markdown) {
        List<ExerciseSection> sections = new ArrayList<>();
        ExerciseId currentId = null;
        String currentTitle = null;
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("\\R", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
            }
            Matcher heading = inFence ? null : HEADING.matcher(line);
            if (heading != null && heading.matches() && heading.group(1).length() <= 3) {
                if (currentId != null) {
                    sections.add(new ExerciseSection(currentId, currentTitle, hints(body.toString())));
                }
                currentId = null;
                Matcher exercise = EXERCISE_TITLE.matcher(heading.group(2));
                Optional<ExerciseId> id = heading.group(1).length() == 3 && exercise.matches()
                        ? ExerciseId.tryParse(exercise.group(1))
                        : Optional.empty();
                if (id.isPresent()) {
                    currentId = id.get();
                    currentTitle = exercise.group(2).trim();
                    body.setLength(0);
                }
            } else if (currentId != null) {
                body.append(line).append('\n');
            }
        }
        if (currentId != null) {
            sections.add(new ExerciseSection(currentId, currentTitle, hints(body.toString())));
        }
        return new StepReadme(sections);
    }

    Optional<ExerciseSection> section(ExerciseId id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }

    private static List<Hint> hints(String section) {
        List<Hint> hints = new ArrayList<>();
        Matcher details = DETAILS.matcher(section);
        while (details.find()) {
            String summary = details.group(1).replaceAll("<[^>]+>", "").trim();
            String title = HINT_PREFIX.matcher(summary).replaceFirst("");
            hints.add(new Hint(hints.size() + 1, title, dedent(details.group(2))));
        }
        return hints;
    }

    /** The hint body without the indentation it has inside the HTML block, and without blank edges. */
    private static String dedent(String text) {
        return text.replaceFirst("^(\\s*\\R)+", "").stripTrailing().stripIndent();
    }
}
