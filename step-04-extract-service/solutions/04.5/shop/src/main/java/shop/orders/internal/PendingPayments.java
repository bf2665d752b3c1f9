package shop.orders.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.orders.OrderCancelled;
import shop.orders.OrderPlaced;
import shop.orders.internal.PaymentsClient.Payment;
import shop.payments.PaymentDeclined;
import shop.payments.PaymentsUnavailable;

/**
 * Settles the orders whose payment is pending: asks payments again, with the order id as the idempotency key, so a
 * charge that was made but whose answer was lost is answered, not made twice. While payments stays unreachable the
 * listener fails, and the event publication registry hands the event back to it later; at the deadline, or when the
 * card is declined, the order is cancelled and its stock released. The customer hears of it either way: the order
 * placed is confirmed, the order cancelled is explained.
 */
@Component
class PendingPayments {

    private final PaymentsClient payments;

    private final Orders orders;

    private final InventoryClient inventory;

    private final ApplicationEventPublisher events;

    PendingPayments(PaymentsClient payments, Orders orders, InventoryClient inventory,
            ApplicationEventPublisher events) {
        this.payments = payments;
        this.orders = orders;
        this.inventory = inventory;
        this.events = events;
    }

    @ApplicationModuleListener(id = "orders.settle-pending-payment")
    void settle(PaymentDeferred deferred) {
        OrderPlaced order = deferred.order();
        if (!orders.awaitsPayment(order.orderId())) {
            return;
        }
        try {
            Payment payment = payments.charge(order.customerId(), order.orderId(), order.totalCents(),
                    order.currency(), deferred.paymentToken());
            orders.paid(order.orderId(), payment.paymentId());
            events.publishEvent(order);
        } catch (PaymentDeclined declined) {
            cancel(order, "the card was declined");
        } catch (PaymentsUnavailable stillUnavailable) {
            if (Instant.now().isBefore(deferred.deadline())) {
                throw stillUnavailable;
            }
            cancel(order, "payments could not be reached in time");
        }
    }

    private void cancel(OrderPlaced order, String reason) {
        inventory.release(order.orderId());
        orders.cancel(order.orderId());
        events.publishEvent(new OrderCancelled(order.orderId(), order.customerId(), reason));
    }
}
