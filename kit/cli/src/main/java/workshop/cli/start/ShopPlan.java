package workshop.cli.start;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import workshop.cli.workspace.Application;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.StepFile;
import workshop.cli.workspace.Workspace;

/**
 * What {@code ./workshop start SS} runs for one step: the applications its step file declares, each started as a JVM
 * of its own, in that order. A step that runs as one deployable is a plan with one application, whose module is the
 * step folder itself.
 */
record ShopPlan(Step step, StepFile declared) {

    /** The plan of every step that has a step file, in step order. */
    static List<ShopPlan> all(Workspace workspace) {
        return workspace.steps().stream().flatMap(step -> of(step).stream()).toList();
    }

    /** The plan of the step with this number; empty when there is no such step or it has no step file. */
    static Optional<ShopPlan> forStep(Workspace workspace, String number) {
        return workspace.step(number).flatMap(ShopPlan::of);
    }

    private static Optional<ShopPlan> of(Step step) {
        return step.stepFile().map(declared -> new ShopPlan(step, declared));
    }

    String number() {
        return step.number();
    }

    Path stepDir() {
        return step.dir();
    }

    List<Application> applications() {
        return declared.applications();
    }

    Application publicApi() {
        return declared.publicApi();
    }

    Path moduleDir(Application application) {
        return application.moduleDir(stepDir());
    }
}
