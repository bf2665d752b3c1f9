package shop.orders;

import java.util.List;

/**
 * An order was placed: stored, its stock reserved and its payment captured. Published when the checkout's transaction
 * commits, with what the modules that react to it need to know.
 *
 * @param lines what the customer bought; {@code weightGrams} is null for digital goods
 */
public record OrderPlaced(String orderId, String customerId, List<Line> lines, long totalCents, String currency) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, String name, int quantity, Integer weightGrams) {
    }
}
