package workshop.cli.exercise;

import java.util.List;

import workshop.support.exercise.ExerciseId;

/** An exercise's section of its step README: the {@code ### SS.E Title} heading and the hints under it. */
public record ExerciseSection(ExerciseId id, String title, List<Hint> hints) {
}
