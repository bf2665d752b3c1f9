package shop.audit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import shop.audit.Verdict.Reason;

/**
 * The four reasons that justify paying the microservices tax for a service: its own pipeline, network hops,
 * tracing and partial failures. Each criterion compares one service with the rest of the shop and says why it
 * is met or not; a service deserves its own deployment when at least one criterion is met.
 */
public final class ExtractionCriteria {

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
        // 01.5: not encoded yet, so this criterion finds nothing.
        return Optional.empty();
    }

    /** Is it built with a stack that cannot run in the rest of the shop's process, such as Python for ML? */
    Optional<Reason> incompatibleStack(ServiceFacts service) {
        // 01.5: not encoded yet, so this criterion finds nothing.
        return Optional.empty();
    }

    /**
     * Is it owned by one of several teams (three or more) that ship on their own cadence (at least weekly)? Then a
     * deployment of its own stops teams from waiting on each other: Conway's law at work.
     */
    Optional<Reason> autonomousTeamsAtScale(ServiceFacts service) {
        // 01.5: not encoded yet, so this criterion finds nothing.
        return Optional.empty();
    }

    /**
     * Does it fall under a compliance regime (PCI-DSS, say) that the rest of the shop does not? Then isolating it
     * keeps the audited scope, and the damage a breach can do, small.
     */
    Optional<Reason> securityOrComplianceIsolation(ServiceFacts service) {
        // 01.5: not encoded yet, so this criterion finds nothing.
        return Optional.empty();
    }
}
