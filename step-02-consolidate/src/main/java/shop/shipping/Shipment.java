package shop.shipping;

/** A parcel booked with the carrier. */
public record Shipment(String shipmentId, String orderId, String trackingNumber, int weightGrams) {
}
