package shop.orders.internal;

import java.time.Instant;

import shop.orders.OrderPlaced;

/**
 * A checkout could not learn whether payments charged: the order waits, with its stock, until {@link PendingPayments}
 * charges it (with the same idempotency key, so a charge that was made is not made again) or the deadline passes.
 *
 * @param order        the order, as it is announced once it is paid
 * @param paymentToken what the customer pays with
 * @param deadline     when to stop asking payments, and cancel the order
 */
record PaymentDeferred(OrderPlaced order, String paymentToken, Instant deadline) {
}
