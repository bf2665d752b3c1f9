package shop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import shop.audit.Verdict.Reason;
import workshop.support.exercise.Exercise;

/**
 * The rules for when a part of the shop deserves a deployment of its own: each hypothetical service below is
 * justified by exactly one criterion or, when only half of a criterion's facts hold, by none; a small service of
 * the one team by none, and neither is any service of today's shop. Every fact is compared with the rest of the
 * shop, not with today's values.
 */
@Exercise("01.5")
class ExtractionCriteriaTest {

    private static final List<ServiceFacts> TODAY = ServicesCsv.read();

    private final ExtractionCriteria criteria = new ExtractionCriteria(TODAY);

    @Test
    void a_service_that_needs_gpus_has_a_different_infrastructure_profile() {
        ServiceFacts imageResizing = new ServiceFacts("image-resizing", "shop-team", 2, "gpu", "java-spring", "none");

        assertThat(criteria.audit(imageResizing).justifiedBy())
                .as(lookAt("01.5", "ExtractionCriteria.differentInfrastructureProfile: a service that needs GPUs"
                        + " while the rest of the shop runs steady is justified by a different infrastructure"
                        + " profile"))
                .containsExactly(Criterion.DIFFERENT_INFRASTRUCTURE_PROFILE);
    }

    @Test
    void a_python_machine_learning_service_has_an_incompatible_stack() {
        ServiceFacts demandForecast = new ServiceFacts("demand-forecast", "shop-team", 2, "steady", "python", "none");

        assertThat(criteria.audit(demandForecast).justifiedBy())
                .as(lookAt("01.5", "ExtractionCriteria.incompatibleStack: a Python machine-learning service cannot"
                        + " run in the java-spring shop's process, so it is justified by an incompatible stack"))
                .containsExactly(Criterion.INCOMPATIBLE_STACK);
    }

    @Test
    void a_payments_service_in_pci_dss_scope_needs_compliance_isolation() {
        ServiceFacts payments = new ServiceFacts("payments", "shop-team", 2, "steady", "java-spring", "pci-dss");

        assertThat(criteria.audit(payments).justifiedBy())
                .as(lookAt("01.5", "ExtractionCriteria.securityOrComplianceIsolation: payments in PCI-DSS scope"
                        + " while the rest of the shop is in no compliance scope is justified by security/compliance"
                        + " isolation"))
                .containsExactly(Criterion.SECURITY_OR_COMPLIANCE_ISOLATION);
    }

    @Test
    void a_service_of_one_of_several_autonomous_teams_that_ships_often_is_justified() {
        ServiceFacts search = new ServiceFacts("search", "search-team", 20, "steady", "java-spring", "none");
        ServiceFacts loyalty = new ServiceFacts("loyalty", "loyalty-team", 12, "steady", "java-spring", "none");
        ExtractionCriteria threeTeams = new ExtractionCriteria(shopWith(search, loyalty));

        assertThat(threeTeams.audit(search).justifiedBy())
                .as(lookAt("01.5", "ExtractionCriteria.autonomousTeamsAtScale: with three teams in the shop,"
                        + " search-team shipping search 20 times a month is justified by autonomous teams at scale"))
                .containsExactly(Criterion.AUTONOMOUS_TEAMS_AT_SCALE);
    }

    @Test
    void a_service_that_ships_often_in_a_shop_of_two_teams_is_not_justified() {
        ServiceFacts search = new ServiceFacts("search", "search-team", 20, "steady", "java-spring", "none");
        ExtractionCriteria twoTeams = new ExtractionCriteria(shopWith(search));

        assertNotMet(twoTeams.audit(search), Criterion.AUTONOMOUS_TEAMS_AT_SCALE, "ExtractionCriteria"
                + ".autonomousTeamsAtScale: two teams still talk daily, so search-team shipping 20 times a month is"
                + " not yet autonomous teams at scale: both facts must hold");
    }

    @Test
    void a_service_of_one_of_three_teams_that_ships_monthly_is_not_justified() {
        ServiceFacts search = new ServiceFacts("search", "search-team", 20, "steady", "java-spring", "none");
        ServiceFacts loyalty = new ServiceFacts("loyalty", "loyalty-team", 1, "steady", "java-spring", "none");
        ExtractionCriteria threeTeams = new ExtractionCriteria(shopWith(search, loyalty));

        assertNotMet(threeTeams.audit(loyalty), Criterion.AUTONOMOUS_TEAMS_AT_SCALE, "ExtractionCriteria"
                + ".autonomousTeamsAtScale: loyalty-team ships once a month, so a shared release train would not"
                + " hold it back, even with three teams in the shop: both facts must hold");
    }

    @Test
    void the_scaling_profile_is_compared_with_the_rest_of_the_shop_not_with_steady() {
        List<ServiceFacts> gpuShop = TODAY.stream()
                .map(facts -> new ServiceFacts(facts.service(), facts.owningTeam(), facts.deploysPerMonth(), "gpu",
                        facts.stack(), facts.complianceScope()))
                .toList();
        ServiceFacts imageResizing = new ServiceFacts("image-resizing", "shop-team", 2, "gpu", "java-spring", "none");

        assertNotMet(new ExtractionCriteria(gpuShop).audit(imageResizing),
                Criterion.DIFFERENT_INFRASTRUCTURE_PROFILE, "ExtractionCriteria.differentInfrastructureProfile: in a"
                        + " shop that runs on GPUs, one more service on GPUs scales like the rest and needs no"
                        + " machines of its own; compare with the rest of the shop");
    }

    @Test
    void the_stack_is_compared_with_the_rest_of_the_shop_not_with_java() {
        List<ServiceFacts> pythonShop = List.of(
                new ServiceFacts("catalog", "shop-team", 2, "steady", "python", "none"),
                new ServiceFacts("orders", "shop-team", 2, "steady", "python", "none"),
                new ServiceFacts("payments", "shop-team", 2, "steady", "python", "none"));
        ServiceFacts pricing = new ServiceFacts("pricing", "shop-team", 2, "steady", "java-spring", "none");

        assertThat(new ExtractionCriteria(pythonShop).audit(pricing).justifiedBy())
                .as(lookAt("01.5", "ExtractionCriteria.incompatibleStack: in a shop built with python, a java-spring"
                        + " service is the one that cannot share the process; compare with the rest of the shop"))
                .containsExactly(Criterion.INCOMPATIBLE_STACK);
    }

    @Test
    void payments_in_a_shop_that_is_all_in_pci_dss_scope_needs_no_isolation() {
        List<ServiceFacts> allInScope = TODAY.stream()
                .map(facts -> new ServiceFacts(facts.service(), facts.owningTeam(), facts.deploysPerMonth(),
                        facts.scalingProfile(), facts.stack(), "pci-dss"))
                .toList();

        ServiceFacts payments = allInScope.stream().filter(facts -> facts.service().equals("payments")).findFirst()
                .orElseThrow();

        assertNotMet(new ExtractionCriteria(allInScope).audit(payments),
                Criterion.SECURITY_OR_COMPLIANCE_ISOLATION, "ExtractionCriteria.securityOrComplianceIsolation: when"
                        + " the whole shop is in PCI-DSS scope, taking one service out isolates nothing; compare"
                        + " with the rest of the shop");
    }

    @Test
    void a_small_service_of_the_one_team_belongs_in_the_shop() {
        ServiceFacts wishlist = new ServiceFacts("wishlist", "shop-team", 2, "steady", "java-spring", "none");

        Verdict verdict = criteria.audit(wishlist);

        assertThat(verdict.checked())
                .as(lookAt("01.5", "ExtractionCriteria: a service that stays in the shop still gets a reason from"
                        + " every criterion; encode the four of them"))
                .containsExactly(Criterion.values());
        assertThat(verdict.justified())
                .as(lookAt("01.5", "ExtractionCriteria: a steady java-spring service of the one team that ships"
                        + " with the rest meets no criterion, but got " + verdict.justifiedBy()))
                .isFalse();
    }

    @Test
    void no_service_of_todays_shop_justifies_its_own_deployment(TestReporter trainee) {
        List<Verdict> verdicts = TODAY.stream().map(criteria::audit).toList();
        // check shows it under the verdict: the audit you would bring to an architecture review.
        trainee.publishEntry("audit", report(verdicts));

        for (Verdict verdict : verdicts) {
            assertThat(verdict.checked())
                    .as(lookAt("01.5", "ExtractionCriteria: " + verdict.service() + " was not checked against every"
                            + " criterion; the audit must give a reason from each of the four"))
                    .containsExactly(Criterion.values());
        }
        assertThat(verdicts)
                .as(lookAt("01.5", "ExtractionCriteria: today one team ships eleven steady java-spring services"
                        + " with no compliance scope, so none is justified; the reasons:\n" + report(verdicts)))
                .noneMatch(Verdict::justified);
    }

    private static void assertNotMet(Verdict verdict, Criterion criterion, String lookAt) {
        assertThat(verdict.reasons()).as(lookAt("01.5", lookAt))
                .anySatisfy(reason -> assertThat(reason.criterion()).isEqualTo(criterion))
                .noneMatch(reason -> reason.criterion() == criterion && reason.met());
    }

    private static List<ServiceFacts> shopWith(ServiceFacts... more) {
        List<ServiceFacts> shop = new ArrayList<>(TODAY);
        shop.addAll(List.of(more));
        return shop;
    }

    private static String report(List<Verdict> verdicts) {
        return verdicts.stream().map(ExtractionCriteriaTest::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Verdict verdict) {
        StringBuilder text = new StringBuilder(verdict.service())
                .append(verdict.justified() ? ": justifies its own deployment" : ": belongs in the shop");
        for (Reason reason : verdict.reasons()) {
            text.append("\n  ").append(reason.met() ? "+ " : "- ")
                    .append(reason.criterion().label()).append(": ").append(reason.because());
        }
        return text.toString();
    }
}
