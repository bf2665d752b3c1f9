package workshop.cli.exercise;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import workshop.cli.Io;
import workshop.support.exercise.ExerciseId;

/**
 * The exercise sections of a step README: each level-3 heading {@code ### SS.E Title}, with the exercises it builds on
 * when the section says so in a line of its own, {@code **Builds on:** 03.3, which publishes OrderPlaced.}. Their hints
 * are in files of their own ({@link HintsFile}), out of sight of a trainee reading the README.
 */
record StepReadme(List<ExerciseSection> sections) {

    /** The first word is the exercise's number when {@link ExerciseId} reads it as one. */
    private static final Pattern EXERCISE_TITLE = Pattern.compile("(\\S+)\\s+(.+)");
    private static final Pattern BUILDS_ON = Pattern.compile("^\\*\\*Builds on:\\*\\*(.*)$", Pattern.MULTILINE);
    private static final Pattern EXERCISE_ID = Pattern.compile("\\b\\d{2}\\.\\d+\\b");

    StepReadme {
        sections = List.copyOf(sections);
    }

    static StepReadme read(Path file) {
        return Files.isRegularFile(file)
                ? parse(Io.unchecked(() -> Files.readString(file)))
                : new StepReadme(List.of());
    }

    static StepReadme parse(String text) {
        Markdown markdown = Markdown.parse(text);
        return new StepReadme(markdown.headings().stream()
                .filter(heading -> heading.level() == 3)
                .flatMap(heading -> {
                    Matcher exercise = EXERCISE_TITLE.matcher(heading.text());
                    return exercise.matches()
                            ? ExerciseId.tryParse(exercise.group(1)).map(id -> new ExerciseSection(id,
                                    exercise.group(2).trim(), buildsOn(markdown.under(heading)))).stream()
                            : Optional.<ExerciseSection>empty().stream();
                })
                .toList());
    }

    /** The exercise ids on the section's {@code **Builds on:**} line; none without one. */
    private static List<ExerciseId> buildsOn(String section) {
        Matcher line = BUILDS_ON.matcher(section);
        return line.find()
                ? EXERCISE_ID.matcher(line.group(1)).results()
                        .flatMap(id -> ExerciseId.tryParse(id.group()).stream()).toList()
                : List.of();
    }

    Optional<ExerciseSection> section(ExerciseId id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }
}
