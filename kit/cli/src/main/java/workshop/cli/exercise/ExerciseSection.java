package workshop.cli.exercise;

import workshop.support.exercise.ExerciseId;

/** An exercise's section of its step README: the {@code ### SS.E Title} heading. */
public record ExerciseSection(ExerciseId id, String title) {
}
