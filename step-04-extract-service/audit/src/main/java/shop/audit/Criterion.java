package shop.audit;

/** The four named reasons that can justify running part of the shop as a service of its own. */
public enum Criterion {

    DIFFERENT_INFRASTRUCTURE_PROFILE("different infrastructure profile"),
    INCOMPATIBLE_STACK("incompatible stack"),
    AUTONOMOUS_TEAMS_AT_SCALE("autonomous teams at scale"),
    SECURITY_OR_COMPLIANCE_ISOLATION("security/compliance isolation");

    private final String label;

    Criterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
