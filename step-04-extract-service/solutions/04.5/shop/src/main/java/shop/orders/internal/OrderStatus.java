package shop.orders.internal;

public enum OrderStatus {
    /** Paid, shipped and confirmed to the customer. */
    PLACED,
    /** Stock held, but payments could not be reached: charged when payments is back, or cancelled at the deadline. */
    PAYMENT_PENDING,
    /** Never paid (declined, or payments unreachable until the deadline): its stock is back on the shelf. */
    CANCELLED,
    /** The checkout started but could not finish. */
    FAILED
}
