package shop.orders.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.orders.Basket;
import shop.orders.OrderPlaced;
import shop.orders.internal.CatalogClient.Product;
import shop.orders.internal.InventoryClient.ReservedLine;
import shop.orders.internal.PaymentsClient.Payment;
import shop.orders.internal.PricingClient.Price;
import shop.payments.PaymentsUnavailable;

/**
 * Turns a customer's cart into an order. It asks the modules whose answer the customer waits for: customers (who is
 * buying, and where the parcel goes), the basket, catalog and pricing (what it costs), inventory (is it there) and payments (is it paid). Then it
 * stores the order and announces it: shipping, the cart, notifications and recommendations react to
 * {@link OrderPlaced} once the transaction commits, and the customer does not wait for them.
 * <p>
 * The checkout is one local transaction: when reserving fails or the card is declined, everything before it rolls
 * back, and no event is published. When payments cannot be reached, or its answer is lost, nobody knows whether it
 * charged: the order is kept, awaiting its payment, with its stock, and {@link PendingPayments} settles it later.
 */
@Service
class Checkout {

    /** The shop sells in euros only. */
    private static final String CURRENCY = "EUR";

    private final CustomersClient customers;

    private final Basket basket;

    private final CatalogClient catalog;

    private final PricingClient pricing;

    private final InventoryClient inventory;

    private final PaymentsClient payments;

    private final Orders orders;

    private final CheckedOutCarts checkedOutCarts;

    private final ApplicationEventPublisher events;

    private final Duration pendingDeadline;

    Checkout(CustomersClient customers, Basket basket, CatalogClient catalog, PricingClient pricing,
            InventoryClient inventory, PaymentsClient payments, Orders orders, CheckedOutCarts checkedOutCarts,
            ApplicationEventPublisher events,
            @Value("${shop.payments.pending-deadline}") Duration pendingDeadline) {
        this.customers = customers;
        this.basket = basket;
        this.catalog = catalog;
        this.pricing = pricing;
        this.inventory = inventory;
        this.payments = payments;
        this.orders = orders;
        this.checkedOutCarts = checkedOutCarts;
        this.events = events;
        this.pendingDeadline = pendingDeadline;
    }

    @Transactional
    Order placeOrder(String customerId, String paymentToken) {
        OrderPlaced.Address shippingAddress = customers.addressOf(customerId);
        Basket.Contents cart = basket.contentsOf(customerId);
        List<Basket.Item> items = cart.items();
        if (items.isEmpty()) {
            throw new CartIsEmptyException(customerId);
        }

        List<String> skus = items.stream().map(Basket.Item::sku).toList();
        Map<String, Product> products = catalog.products(skus);
        Map<String, Price> prices = pricing.prices(skus);
        List<OrderLine> lines = new ArrayList<>();
        List<OrderPlaced.Line> placedLines = new ArrayList<>();
        for (Basket.Item item : items) {
            Product product = products.get(item.sku());
            Price price = prices.get(item.sku());
            if (product == null || price == null) {
                throw new UnknownProductException(item.sku());
            }
            lines.add(new OrderLine(item.sku(), product.name(), item.quantity(), price.unitPriceCents()));
            placedLines.add(new OrderPlaced.Line(item.sku(), product.name(), item.quantity(), product.weightGrams()));
        }
        String orderId = Order.newId();
        long totalCents = OrderLine.totalCents(lines);

        // A second checkout of the same cart, sent at the same moment, waits here for this transaction, then is refused.
        checkedOutCarts.claim(customerId, cart.version(), orderId);
        inventory.reserve(orderId, lines.stream().map(line -> new ReservedLine(line.sku(), line.quantity())).toList());
        OrderPlaced placed = new OrderPlaced(orderId, customerId, placedLines, totalCents, CURRENCY, shippingAddress);
        Payment payment;
        try {
            payment = payments.charge(customerId, orderId, totalCents, CURRENCY, paymentToken);
        } catch (PaymentsUnavailable unknown) {
            Order pending = new Order(orderId, customerId, OrderStatus.PAYMENT_PENDING, lines, totalCents, CURRENCY,
                    null, null, Instant.now());
            orders.save(pending);
            events.publishEvent(new PaymentDeferred(placed, paymentToken, pending.placedAt().plus(pendingDeadline)));
            return pending;
        }

        // The parcel is booked after the checkout: its tracking number reaches the customer with the shipment.
        Order order = new Order(orderId, customerId, OrderStatus.PLACED, lines, totalCents, CURRENCY,
                payment.paymentId(), null, Instant.now());
        orders.save(order);
        events.publishEvent(placed);
        return order;
    }
}
