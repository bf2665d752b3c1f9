package workshop.cli;

import workshop.support.exercise.ExerciseId;

/** How many hints of each exercise the trainee has revealed, kept in {@code .workshop/hints.properties}. */
final class HintLevels {

    private final PropertiesFile file;

    HintLevels(Workspace workspace) {
        this.file = PropertiesFile.load(workspace.state("hints.properties"));
    }

    int revealed(ExerciseId id) {
        String value = file.get(id.toString());
        return value == null ? 0 : Integer.parseInt(value.trim());
    }

    void reveal(ExerciseId id, int level) {
        file.put(id.toString(), Integer.toString(level));
        file.store("hint levels revealed by ./workshop hint");
    }
}
