package shop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import shop.audit.Verdict.Reason;
import workshop.support.exercise.Exercise;

/**
 * The audit of step 01, rerun on today's facts: stored cards for one-click checkout put payments, and only payments,
 * in PCI-DSS scope. The criteria have not changed and name no module: the verdict changes because a fact did.
 */
@Exercise("04.1")
class TheAuditSaysExtractTest {

    private final List<ServiceFacts> shop = ServicesCsv.read();

    private final ExtractionCriteria criteria = new ExtractionCriteria(shop);

    @Test
    void the_audit_extracts_payments_for_compliance_isolation_and_keeps_every_other_module(TestReporter trainee) {
        List<Verdict> verdicts = shop.stream().map(criteria::audit).toList();
        // check shows it under the verdict: the audit you would bring to an architecture review.
        trainee.publishEntry("audit", report(verdicts));
        Verdict payments = verdicts.stream().filter(verdict -> verdict.service().equals("payments")).findFirst()
                .orElseThrow();

        assertThat(payments.justifiedBy())
                .as(lookAt("04.1", "payments stores card numbers now, yet the audit keeps it in the shop. Which of"
                        + " payments' facts in audit/src/main/resources/services.csv does storing cards change? The"
                        + " audit says:\n" + report(verdicts)))
                .containsExactly(Criterion.SECURITY_OR_COMPLIANCE_ISOLATION);
        assertThat(verdicts)
                .as(lookAt("04.1", "only payments changed: every other module stays in the shop, with a reason from"
                        + " each criterion. The audit says:\n" + report(verdicts)))
                .filteredOn(verdict -> !verdict.service().equals("payments"))
                .allSatisfy(verdict -> {
                    assertThat(verdict.justified()).isFalse();
                    assertThat(verdict.checked()).containsExactly(Criterion.values());
                });
    }

    @Test
    void the_verdict_follows_the_facts_not_the_name() {
        ServiceFacts payments = shop.stream().filter(facts -> facts.service().equals("payments")).findFirst()
                .orElseThrow();
        ServiceFacts wallet = new ServiceFacts("wallet", payments.owningTeam(), payments.deploysPerMonth(),
                payments.scalingProfile(), payments.stack(), payments.complianceScope());

        assertThat(criteria.audit(wallet).justifiedBy())
                .as(lookAt("04.1", "a module with payments' facts under another name gets payments' verdict, which"
                        + " must be extract: record the fact that storing cards changed in services.csv"))
                .containsExactly(Criterion.SECURITY_OR_COMPLIANCE_ISOLATION);
    }

    private static String report(List<Verdict> verdicts) {
        return verdicts.stream().map(TheAuditSaysExtractTest::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(Verdict verdict) {
        StringBuilder text = new StringBuilder(verdict.justified() ? "extract " : "keep ").append(verdict.service());
        for (Reason reason : verdict.reasons()) {
            text.append("\n  ").append(reason.met() ? "+ " : "- ")
                    .append(reason.criterion().label()).append(": ").append(reason.because());
        }
        return text.toString();
    }
}
