package shop.e2e;

/** A shipment as the shipping service keeps it. */
public record Shipment(String shipmentId, String orderId, String trackingNumber, int weightGrams) {
}
