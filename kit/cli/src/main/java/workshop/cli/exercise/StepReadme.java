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
 * The exercise sections of a step README: each level-3 heading {@code ### SS.E Title}. Their hints are in files of
 * their own ({@link HintsFile}), out of sight of a trainee reading the README.
 */
record StepReadme(List<ExerciseSection> sections) {

    /** The first word is the exercise's number when {@link ExerciseId} reads it as one. */
    private static final Pattern EXERCISE_TITLE = Pattern.compile("(\\S+)\\s+(.+)");

    StepReadme {
        sections = List.copyOf(sections);
    }

    static StepReadme read(Path file) {
        return Files.isRegularFile(file)
                ? parse(Io.unchecked(() -> Files.readString(file)))
                : new StepReadme(List.of());
    }

    static StepReadme parse(String markdown) {
        return new StepReadme(Markdown.parse(markdown).headings().stream()
                .filter(heading -> heading.level() == 3)
                .flatMap(heading -> {
                    Matcher exercise = EXERCISE_TITLE.matcher(heading.text());
                    return exercise.matches()
                            ? ExerciseId.tryParse(exercise.group(1))
                                    .map(id -> new ExerciseSection(id, exercise.group(2).trim())).stream()
                            : Optional.<ExerciseSection>empty().stream();
                })
                .toList());
    }

    Optional<ExerciseSection> section(ExerciseId id) {
        return sections.stream().filter(section -> section.id().equals(id)).findFirst();
    }
}
