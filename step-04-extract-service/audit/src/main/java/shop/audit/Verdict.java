package shop.audit;

import java.util.List;

/**
 * The audit's answer for one service: does it justify its own deployment, and why (or why not), criterion by
 * criterion.
 */
public record Verdict(String service, boolean justified, List<Reason> reasons) {

    /**
     * What one criterion found.
     *
     * @param met     whether this criterion alone justifies a separate service
     * @param because the facts behind the answer, in words an architect would say in a review
     */
    public record Reason(Criterion criterion, boolean met, String because) {
    }

    /** The criteria that had something to say about the service, met or not. */
    public List<Criterion> checked() {
        return reasons.stream().map(Reason::criterion).toList();
    }

    /** The criteria that justify a separate service; empty when the service belongs in the shop. */
    public List<Criterion> justifiedBy() {
        return reasons.stream().filter(Reason::met).map(Reason::criterion).toList();
    }
}
