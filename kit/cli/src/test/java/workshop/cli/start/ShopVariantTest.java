package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import workshop.cli.workspace.Application;
import workshop.cli.workspace.StartOption;
import workshop.cli.workspace.Step;
import workshop.cli.workspace.StepFile;

class ShopVariantTest {

    private static final Path ROOT = Path.of("workshop");
    private static final Application LEDGER = new Application("ledger", "ledger", "fixture.LedgerApplication", 9171);
    private static final Application STOREFRONT =
            new Application("storefront", "storefront", "fixture.StorefrontApplication", 9170);
    private static final StartOption LEDGER_MODE = new StartOption("ledger", "fixture.ledger.mode",
            List.of("remote", "local"), Map.of("remote", List.of(LEDGER, STOREFRONT), "local", List.of(STOREFRONT)));
    private static final StartOption AUDIT = new StartOption("audit", "fixture.audit", List.of("off", "on"),
            Map.of("off", List.of(LEDGER, STOREFRONT), "on", List.of(LEDGER, STOREFRONT)));

    @Test
    void a_value_launches_its_applications_each_told_the_value_and_keeps_its_logs_apart() {
        ShopVariant local = ShopVariant.byDefault(shop(LEDGER_MODE)).with(LEDGER_MODE, "local");

        assertThat(local.applications()).containsExactly(STOREFRONT);
        assertThat(local.properties()).containsExactly("--fixture.ledger.mode=local");
        assertThat(local.describe()).containsExactly("ledger: local (--fixture.ledger.mode=local)");
        assertThat(local.arguments()).containsExactly("07", "--ledger", "local");
        assertThat(local.logDir(ROOT)).isEqualTo(ROOT.resolve(".workshop/logs/start-07-local"));
    }

    @Test
    void an_application_built_for_another_value_does_not_agree_with_this_one() {
        ShopVariant local = ShopVariant.byDefault(shop(LEDGER_MODE)).with(LEDGER_MODE, "local");

        assertThat(local.agreesWith(Map.of("fixture.ledger.mode", "remote"))).isFalse();
        assertThat(local.agreesWith(Map.of("fixture.ledger.mode", "local"))).isTrue();
        assertThat(local.agreesWith(Map.of("server.port", "9170"))).as("it does not read the option").isTrue();
    }

    @Test
    void by_default_every_option_has_its_first_value_and_bench_names_it() {
        ShopVariant remote = ShopVariant.byDefault(shop(LEDGER_MODE));

        assertThat(remote.applications()).containsExactly(LEDGER, STOREFRONT);
        assertThat(remote.arguments()).containsExactly("07", "--ledger", "remote");
        assertThat(remote.logDir(ROOT)).isEqualTo(ROOT.resolve(".workshop/logs/start-07-remote"));
    }

    @Test
    void a_step_without_options_starts_as_it_always_did() {
        ShopVariant only = ShopVariant.byDefault(shop());

        assertThat(only.applications()).containsExactly(LEDGER, STOREFRONT);
        assertThat(only.arguments()).containsExactly("07");
        assertThat(only.properties()).isEmpty();
        assertThat(only.describe()).isEmpty();
        assertThat(only.logDir(ROOT)).isEqualTo(ROOT.resolve(".workshop/logs/start-07"));
        assertThat(ShopVariant.eachValue(shop())).containsExactly(only);
    }

    @Test
    void bench_measures_each_value_of_each_option_with_the_other_options_at_their_defaults() {
        List<ShopVariant> variants = ShopVariant.eachValue(shop(AUDIT, LEDGER_MODE));

        assertThat(variants).extracting(variant -> String.join(" ", variant.arguments())).containsExactly(
                "07 --audit off --ledger remote", "07 --audit on --ledger remote", "07 --audit off --ledger local");
        assertThat(variants.get(2).properties()).containsExactly("--fixture.audit=off", "--fixture.ledger.mode=local");
        assertThat(variants.get(2).applications()).containsExactly(STOREFRONT);
    }

    private static StepFile shop(StartOption... options) {
        Duration goal = Duration.ofSeconds(5);
        return new StepFile(new Step("07", "fixture", ROOT.resolve("step-07-fixture")), List.of(LEDGER, STOREFRONT),
                STOREFRONT, goal, goal, List.of(options), Optional.empty());
    }
}
