package shop.orders;

import java.util.List;

/**
 * An order was placed: stored, its stock reserved and its payment captured. Published when the checkout's transaction
 * commits, with what the modules that react to it need to know.
 *
 * @param lines           what the customer bought; {@code weightGrams} is null for digital goods
 * @param shippingAddress where the parcel goes, as the customer's address was when the order was placed
 */
public record OrderPlaced(String orderId, String customerId, List<Line> lines, long totalCents, String currency,
        Address shippingAddress) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    public record Line(String sku, String name, int quantity, Integer weightGrams) {
    }

    public record Address(String street, String postalCode, String city, String country) {
    }
}
