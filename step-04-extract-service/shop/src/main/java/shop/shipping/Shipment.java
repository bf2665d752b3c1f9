package shop.shipping;

/** A parcel booked with the carrier; the tracking number is what the customer follows. */
public record Shipment(String shipmentId, String orderId, String trackingNumber, int weightGrams) {
}
