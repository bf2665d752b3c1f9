package workshop.support.api;

import java.util.HashSet;
import java.util.Set;

/**
 * The orders a shop's databases held before a checkout, to tell what the checkout added: the suites check what each
 * checkout left, not what an earlier one did (in a step whose exercise teaches it, an earlier one may have left some).
 */
record OrdersSince(ShopUnderTest shop, Set<String> placedBefore, Set<String> halfDoneBefore) {

    static OrdersSince now(ShopUnderTest shop) {
        return new OrdersSince(shop, shop.ordersPlaced(), shop.ordersLeftHalfDone());
    }

    Set<String> placed() {
        return added(shop.ordersPlaced(), placedBefore);
    }

    /** Orders charged for but not placed, or stored without their lines. */
    Set<String> leftHalfDone() {
        return added(shop.ordersLeftHalfDone(), halfDoneBefore);
    }

    private static Set<String> added(Set<String> now, Set<String> before) {
        Set<String> added = new HashSet<>(now);
        added.removeAll(before);
        return added;
    }
}
