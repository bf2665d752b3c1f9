package workshop.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import workshop.cli.Fixtures;
import workshop.cli.TestRepo;

class StepFileTest {

    private static final String FILE = "step-07-fixture/step.properties";

    @TempDir
    Path dir;

    private TestRepo repo;

    @BeforeEach
    void repositoryWithADeclaredStep() {
        repo = TestRepo.at(dir);
        Fixtures.copy(Fixtures.dir("declared"), dir);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application.ledger.port=9171         |                                        | application.ledger.port is missing",
            "application.ledger.port=9171         | application.ledger.port=91a            | application.ledger.port is 91a, not a port number",
            "application.ledger.port=9171         | application.ledger.port=70000          | application.ledger.port is 70000, not a port number",
            "public-api=storefront                | public-api=gateway                     | public-api is gateway, which is not one of applications",
            "bench.start.ready-goal=20s           | bench.start.ready-goal=20              | bench.start.ready-goal is 20, not whole seconds like 30s",
            "applications=ledger storefront       | applications=ledger storefront ledger  | applications names an application twice",
            "application.ledger.module=ledger     | application.ledgr.module=ledger        | application.ledger.module is missing",
            "bench.check.goal=5s                  | bench.check.goal=5s\\nbench.chek.goal=5s | bench.chek.goal is not a key of a step file, or names no application of applications",
    })
    void a_wrong_value_is_named_with_its_file_and_key(String line, String replacement, String reason) {
        repo.write(FILE, repo.read(FILE).replace(line, replacement == null ? "" : replacement.replace("\\n", "\n")));

        assertThatIllegalStateException().isThrownBy(() -> step().stepFile()).withMessage(FILE + ": " + reason);
    }

    @Test
    void start_and_status_refuse_a_wrong_step_file_in_one_line_with_exit_code_1() {
        repo.write(FILE, repo.read(FILE).replace("application.storefront.port=9170", ""));

        for (String command : List.of("start", "status")) {
            assertThat(command.equals("start") ? repo.run(command, "07") : repo.run(command)).isEqualTo(1);
            assertThat(repo.output()).isEqualTo("workshop: " + FILE + ": application.storefront.port is missing\n");
        }
    }

    @Test
    void a_step_the_kit_never_heard_of_declares_its_shop_in_its_step_file_alone() {
        StepFile shop = step().stepFile().orElseThrow();

        assertThat(shop.step().dir()).isEqualTo(dir.resolve("step-07-fixture"));
        assertThat(shop.applications()).containsExactly(
                new Application("ledger", "ledger", "fixture.ledger.LedgerApplication", 9171),
                new Application("storefront", "storefront", "fixture.storefront.StorefrontApplication", 9170));
        assertThat(shop.publicApi().name()).isEqualTo("storefront");
        assertThat(shop.moduleDir(shop.applications().get(0))).isEqualTo(dir.resolve("step-07-fixture/ledger"));
        assertThat(shop.readyGoal()).isEqualTo(Duration.ofSeconds(20));
        assertThat(shop.checkGoal()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_step_without_a_step_file_declares_nothing() {
        Fixtures.copyStep("correct", dir, "step-01-correct");

        assertThat(repo.workspace().step("01").orElseThrow().stepFile()).isEmpty();
    }

    @Test
    void an_application_built_from_the_step_folder_itself_has_it_as_its_module() {
        Application shop = new Application("shop", Application.STEP_ITSELF, "shop.ShopApplication", 8080);

        assertThat(shop.isStepItself()).isTrue();
        assertThat(shop.moduleDir(dir.resolve("step-02-consolidate"))).isEqualTo(dir.resolve("step-02-consolidate"));
    }

    private Step step() {
        return repo.workspace().step("07").orElseThrow();
    }
}
