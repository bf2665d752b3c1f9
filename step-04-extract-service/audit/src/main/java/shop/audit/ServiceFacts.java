package shop.audit;

/**
 * What the shop knows about one service: who owns it, how often it ships, how it scales, what it is built
 * with and which compliance rules it falls under. One row of {@code services.csv}.
 *
 * @param deploysPerMonth how often its team ships it to production
 * @param scalingProfile  {@code steady}, {@code spiky-cpu}, {@code gpu} or {@code memory-heavy}
 * @param stack           what it is built with, e.g. {@code java-spring} or {@code python}
 * @param complianceScope the compliance regime it falls under, e.g. {@code pci-dss}; {@code none} when there is none
 */
public record ServiceFacts(String service, String owningTeam, int deploysPerMonth, String scalingProfile,
        String stack, String complianceScope) {
}
