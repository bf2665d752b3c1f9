package workshop.cli.exercise;

import workshop.cli.workspace.PropertiesFile;
import workshop.cli.workspace.Workspace;
import workshop.support.exercise.ExerciseId;

/** How many hints of each exercise the trainee has revealed, kept in {@code .workshop/hints.properties}. */
public final class HintLevels {

    private final PropertiesFile file;

    public HintLevels(Workspace workspace) {
        this.file = PropertiesFile.load(workspace.state("hints.properties"));
    }

    public int revealed(ExerciseId id) {
        String value = file.get(id.toString());
        return value == null ? 0 : Integer.parseInt(value.trim());
    }

    public void reveal(ExerciseId id, int level) {
        file.put(id.toString(), Integer.toString(level));
        file.store("hint levels revealed by ./workshop hint");
    }
}
