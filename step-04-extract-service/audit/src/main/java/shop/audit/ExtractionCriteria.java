package shop.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import shop.audit.Verdict.Reason;

/**
 * The four reasons that justify paying the microservices tax for a service: its own pipeline, network hops,
 * tracing and partial failures. Each criterion compares one service with the rest of the shop and says why it
 * is met or not; a service deserves its own deployment when at least one criterion is met.
 */
public final class ExtractionCriteria {

    /** Fewer teams than this still talk to each other daily: one deployable does not make them wait. */
    private static final int MIN_TEAMS = 3;
    /** Shipping at least weekly is when a shared release train starts to hold a team back. */
    private static final int MIN_DEPLOYS_PER_MONTH = 4;
    private static final String NO_COMPLIANCE_SCOPE = "none";

    private final List<ServiceFacts> shop;

    /** @param shop the services an audited service is compared with; the audited service may be one of them */
    public ExtractionCriteria(List<ServiceFacts> shop) {
        this.shop = List.copyOf(shop);
    }

    public Verdict audit(ServiceFacts service) {
        List<Reason> reasons = Stream.of(
                        differentInfrastructureProfile(service),
                        incompatibleStack(service),
                        autonomousTeamsAtScale(service),
                        securityOrComplianceIsolation(service))
                .flatMap(Optional::stream)
                .toList();
        return new Verdict(service.service(), reasons.stream().anyMatch(Reason::met), reasons);
    }

    /**
     * Does the service scale differently from the rest of the shop (GPUs, bursts of CPU, lots of memory)? Then it
     * can get its own machines and replica count instead of every copy of the shop paying for them.
     */
    Optional<Reason> differentInfrastructureProfile(ServiceFacts service) {
        String usual = usualAmongTheOthers(service, ServiceFacts::scalingProfile);
        boolean differs = !service.scalingProfile().equals(usual);
        return Optional.of(new Reason(Criterion.DIFFERENT_INFRASTRUCTURE_PROFILE, differs, differs
                ? "scales " + service.scalingProfile() + " while the rest of the shop scales " + usual
                : "scales " + usual + " like the rest of the shop"));
    }

    /** Is it built with a stack that cannot run in the rest of the shop's process, such as Python for ML? */
    Optional<Reason> incompatibleStack(ServiceFacts service) {
        String usual = usualAmongTheOthers(service, ServiceFacts::stack);
        boolean differs = !service.stack().equals(usual);
        return Optional.of(new Reason(Criterion.INCOMPATIBLE_STACK, differs, differs
                ? "built with " + service.stack() + ", which cannot run in the shop's " + usual + " process"
                : "built with " + usual + " like the rest of the shop"));
    }

    /**
     * Is it owned by one of several teams (three or more) that ship on their own cadence (at least weekly)? Then a
     * deployment of its own stops teams from waiting on each other: Conway's law at work.
     */
    Optional<Reason> autonomousTeamsAtScale(ServiceFacts service) {
        long teams = Stream.concat(shop.stream(), Stream.of(service)).map(ServiceFacts::owningTeam).distinct().count();
        boolean met = teams >= MIN_TEAMS && service.deploysPerMonth() >= MIN_DEPLOYS_PER_MONTH;
        String facts = (teams == 1 ? "one team builds" : teams + " teams build") + " the shop and "
                + service.owningTeam() + " ships " + service.service() + " " + service.deploysPerMonth()
                + " times a month";
        return Optional.of(new Reason(Criterion.AUTONOMOUS_TEAMS_AT_SCALE, met, met ? facts
                : facts + "; own deployments pay off from " + MIN_TEAMS + " teams shipping at least "
                        + MIN_DEPLOYS_PER_MONTH + " times a month"));
    }

    /**
     * Does it fall under a compliance regime (PCI-DSS, say) that the rest of the shop does not? Then isolating it
     * keeps the audited scope, and the damage a breach can do, small.
     */
    Optional<Reason> securityOrComplianceIsolation(ServiceFacts service) {
        String scope = service.complianceScope();
        String usual = usualAmongTheOthers(service, ServiceFacts::complianceScope);
        boolean met = !scope.equals(NO_COMPLIANCE_SCOPE) && !scope.equals(usual);
        String because;
        if (met) {
            because = "in " + inWords(scope) + " while the rest of the shop is in " + inWords(usual);
        } else if (scope.equals(usual)) {
            because = "in " + inWords(scope) + " like the rest of the shop";
        } else {
            because = "in no compliance scope, so there is nothing to isolate";
        }
        return Optional.of(new Reason(Criterion.SECURITY_OR_COMPLIANCE_ISOLATION, met, because));
    }

    private static String inWords(String complianceScope) {
        return complianceScope.equals(NO_COMPLIANCE_SCOPE) ? "no compliance scope" : complianceScope + " scope";
    }

    /** The most common value of a fact among the other services; the service's own when it stands alone. */
    private String usualAmongTheOthers(ServiceFacts service, Function<ServiceFacts, String> fact) {
        Map<String, Long> counts = shop.stream()
                .filter(other -> !other.service().equals(service.service()))
                .collect(Collectors.groupingBy(fact, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Comparator.comparingLong(Map.Entry::getValue))
                .map(Map.Entry::getKey)
                .orElse(fact.apply(service));
    }
}
