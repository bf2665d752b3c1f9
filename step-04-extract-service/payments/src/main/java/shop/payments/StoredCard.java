package shop.payments;

/**
 * A card payments keeps for a customer, as the rest of the shop may know it: a token to pay with, and the last four
 * digits to show the customer which card it is.
 */
public record StoredCard(String token, String customerId, String lastFour) {
}
