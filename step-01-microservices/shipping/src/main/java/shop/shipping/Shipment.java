package shop.shipping;

record Shipment(String shipmentId, String orderId, String trackingNumber, int weightGrams) {
}
