package shop.orders.internal;

public enum OrderStatus {
    /** Paid, shipped and confirmed to the customer. */
    PLACED,
    /** The checkout started but could not finish. */
    FAILED
}
