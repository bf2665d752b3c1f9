package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.workspace.Application;
import workshop.cli.workspace.Workspace;

class ShopPlanTest {

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void repositoryWithAStepTheKitNeverHeardOf() {
        Fixtures.copy(Fixtures.dir("declared"), dir);
        workspace = new Workspace(dir);
    }

    @Test
    void a_step_is_planned_from_its_step_file_alone() {
        ShopPlan plan = ShopPlan.forStep(workspace, "07").orElseThrow();

        assertThat(plan.stepDir()).isEqualTo(dir.resolve("step-07-fixture"));
        assertThat(plan.applications()).containsExactly(
                new Application("ledger", "ledger", "fixture.ledger.LedgerApplication", 9171),
                new Application("storefront", "storefront", "fixture.storefront.StorefrontApplication", 9170));
        assertThat(plan.publicApi().name()).isEqualTo("storefront");
        assertThat(plan.moduleDir(plan.applications().get(0))).isEqualTo(dir.resolve("step-07-fixture/ledger"));
        assertThat(plan.declared().readyGoal()).isEqualTo(Duration.ofSeconds(20));
        assertThat(plan.declared().checkGoal()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void knows_only_the_steps_that_have_a_step_file() {
        Fixtures.copyStep("correct", dir, "step-01-correct");

        assertThat(StartCommand.steps(workspace)).containsExactly("07");
        assertThat(ShopPlan.forStep(workspace, "01")).isEmpty();
    }
}
