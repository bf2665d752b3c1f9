package workshop.cli.exercise;

import java.util.List;

import workshop.support.exercise.ExerciseId;

/**
 * An exercise's section of its step README: the {@code ### SS.E Title} heading, and the earlier exercises it builds on
 * (a line {@code **Builds on:** 03.3, which ...} in the section).
 */
public record ExerciseSection(ExerciseId id, String title, List<ExerciseId> buildsOn) {

    public ExerciseSection {
        buildsOn = List.copyOf(buildsOn);
    }
}
