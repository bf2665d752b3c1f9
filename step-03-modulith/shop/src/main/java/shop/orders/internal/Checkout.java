package shop.orders.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import shop.orders.internal.CartClient.Cart;
import shop.orders.internal.CartClient.Item;
import shop.orders.internal.CatalogClient.Product;
import shop.orders.internal.CustomersClient.Customer;
import shop.orders.internal.InventoryClient.ReservedLine;
import shop.orders.internal.PaymentsClient.Payment;
import shop.orders.internal.PricingClient.Price;
import shop.orders.internal.ShippingClient.Parcel;
import shop.orders.internal.ShippingClient.Shipment;

/**
 * Turns a customer's cart into an order, asking the module that owns each piece of data or each job: customers,
 * cart, catalog, pricing, inventory, payments, shipping, cart again and notifications.
 * <p>
 * Every module keeps its data in the shop's one database, so the whole checkout is one local transaction: when a
 * step fails (payment declined, shipping refuses), everything the steps before it wrote rolls back, and there is
 * nothing to undo by hand. The calls are method calls in one thread: in parallel they would gain nothing, and on
 * other threads they would run outside the transaction.
 */
@Service
class Checkout {

    /** The shop sells in euros only. */
    private static final String CURRENCY = "EUR";

    private final CustomersClient customers;

    private final CartClient carts;

    private final CatalogClient catalog;

    private final PricingClient pricing;

    private final InventoryClient inventory;

    private final PaymentsClient payments;

    private final ShippingClient shipping;

    private final NotificationsClient notifications;

    private final Orders orders;

    private final CheckedOutCarts checkedOutCarts;

    Checkout(CustomersClient customers, CartClient carts, CatalogClient catalog, PricingClient pricing,
            InventoryClient inventory, PaymentsClient payments, ShippingClient shipping,
            NotificationsClient notifications, Orders orders, CheckedOutCarts checkedOutCarts) {
        this.customers = customers;
        this.carts = carts;
        this.catalog = catalog;
        this.pricing = pricing;
        this.inventory = inventory;
        this.payments = payments;
        this.shipping = shipping;
        this.notifications = notifications;
        this.orders = orders;
        this.checkedOutCarts = checkedOutCarts;
    }

    @Transactional
    Order placeOrder(String customerId, String paymentToken) {
        Customer customer = customers.customer(customerId);
        Cart cart = carts.cart(customerId);
        List<Item> items = cart.items();
        if (items.isEmpty()) {
            throw new CartIsEmptyException(customerId);
        }

        List<String> skus = items.stream().map(Item::sku).toList();
        Map<String, Product> products = catalog.products(skus);
        Map<String, Price> prices = pricing.prices(skus);
        List<OrderLine> lines = new ArrayList<>();
        List<Parcel> parcels = new ArrayList<>();
        for (Item item : items) {
            Product product = products.get(item.sku());
            Price price = prices.get(item.sku());
            if (product == null || price == null) {
                throw new UnknownProductException(item.sku());
            }
            lines.add(new OrderLine(item.sku(), product.name(), item.quantity(), price.unitPriceCents()));
            parcels.add(new Parcel(item.sku(), item.quantity(), product.weightGrams()));
        }
        String orderId = Order.newId();
        long totalCents = OrderLine.totalCents(lines);

        // A second checkout of the same cart, sent at the same moment, waits here for this transaction, then is refused.
        checkedOutCarts.claim(customerId, cart.version(), orderId);
        inventory.reserve(orderId, lines.stream().map(line -> new ReservedLine(line.sku(), line.quantity())).toList());
        Payment payment = payments.charge(orderId, totalCents, CURRENCY, paymentToken);
        Shipment shipment = shipping.book(orderId, customer.address(), parcels);
        carts.empty(customerId);
        notifications.orderConfirmed(customerId, orderId, confirmation(customer, orderId, totalCents));

        Order order = new Order(orderId, customerId, OrderStatus.PLACED, lines, totalCents, CURRENCY,
                payment.paymentId(), shipment.trackingNumber(), Instant.now());
        orders.save(order);
        return order;
    }

    private static String confirmation(Customer customer, String orderId, long totalCents) {
        return "Hello %s, thank you for your order %s of %d.%02d %s. It is on its way."
                .formatted(customer.name(), orderId, totalCents / 100, totalCents % 100, CURRENCY);
    }
}
