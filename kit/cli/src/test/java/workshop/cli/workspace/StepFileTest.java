package workshop.cli.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
        repo = TestRepo.withDeclaredStep(dir);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "application.ledger.port=9171                |                                                  | application.ledger.port is missing",
            "application.ledger.port=9171                | application.ledger.port=91a                      | application.ledger.port is 91a, not a port number",
            "application.ledger.port=9171                | application.ledger.port=70000                    | application.ledger.port is 70000, not a port number",
            "public-api=storefront                       | public-api=gateway                               | public-api is gateway, which is not one of applications",
            "bench.start.ready-goal=20s                  | bench.start.ready-goal=20                        | bench.start.ready-goal is 20, not whole seconds like 30s",
            "applications=ledger storefront              | applications=ledger storefront ledger            | applications names an application twice",
            "application.ledger.module=ledger            | application.ledgr.module=ledger                  | application.ledger.module is missing",
            "bench.check.goal=5s                         | bench.check.goal=5s\\nbench.chek.goal=5s         | bench.chek.goal is not a key of a step file, or names no application of applications",
            "option.ledger.property=fixture.ledger.mode  | option.ledger.propery=fixture.ledger.mode        | option.ledger.property is missing",
            "option.ledger.property=fixture.ledger.mode  | option.ledger.property=fixture ledger            | option.ledger.property is fixture ledger, not a property name like shop.payments.mode",
            "option.ledger.values=remote local           | option.ledger.values=remote local remote         | option.ledger.values names a value twice",
            "option.ledger.values=remote local           | option.ledger.values=remote Local                | option.ledger.values has Local, not a word of lower-case letters, digits and dashes",
            "option.ledger.values=remote local           | option.ledger.values=remote inside               | option.ledger.local.applications names local, which is not one of option.ledger.values",
            "option.ledger.local.applications=storefront | option.ledger.local.applications=storefront shop | option.ledger.local.applications names shop, which is not one of applications",
            "option.ledger.local.applications=storefront | option.ledger.local.applications=ledger          | option.ledger.local.applications leaves out storefront, the public-api, which every start needs",
            "option.ledger.local.applications=storefront | option.ledger.local.aplications=storefront       | option.ledger.local.aplications is not a key of an option: option.NAME.property, option.NAME.values or option.NAME.VALUE.applications",
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
    void an_option_of_start_is_passed_as_a_property_and_a_value_may_launch_only_some_applications() {
        StepFile shop = step().stepFile().orElseThrow();
        Application ledger = shop.applications().get(0);
        Application storefront = shop.applications().get(1);

        assertThat(shop.options()).containsExactly(new StartOption("ledger", "fixture.ledger.mode",
                List.of("remote", "local"), Map.of("remote", List.of(ledger, storefront), "local", List.of(storefront))));
        assertThat(shop.option("ledger")).hasValueSatisfying(option -> {
            assertThat(option.defaultValue()).isEqualTo("remote");
            assertThat(option.synopsis()).isEqualTo("--ledger remote|local");
        });
    }

    @Test
    void a_value_without_its_own_applications_launches_them_all_in_their_order() {
        repo.write(FILE, repo.read(FILE).replace("option.ledger.local.applications=storefront",
                "option.ledger.remote.applications=storefront ledger"));

        StartOption ledger = step().stepFile().orElseThrow().options().get(0);

        assertThat(ledger.applications("remote")).extracting(Application::name).containsExactly("ledger", "storefront");
        assertThat(ledger.applications("local")).extracting(Application::name).containsExactly("ledger", "storefront");
    }

    @Test
    void a_step_file_without_options_declares_none() {
        repo.write(FILE, repo.read(FILE).replaceAll("option\\..*\n", ""));

        assertThat(step().stepFile().orElseThrow().options()).isEmpty();
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
