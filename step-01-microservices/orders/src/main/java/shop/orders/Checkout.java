package shop.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import shop.orders.CartClient.Cart;
import shop.orders.CartClient.Item;
import shop.orders.CatalogClient.Product;
import shop.orders.CustomersClient.Customer;
import shop.orders.InventoryClient.ReservedLine;
import shop.orders.PaymentsClient.Payment;
import shop.orders.PricingClient.Price;
import shop.orders.ShippingClient.Parcel;
import shop.orders.ShippingClient.Shipment;

/**
 * Turns a customer's cart into an order. Every step is a call to the service that owns the data or the job:
 * customers, cart, catalog and pricing for each item, inventory, payments, shipping, cart again and
 * notifications.
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

    Order placeOrder(String customerId, String paymentToken) {
        Customer customer = customers.customer(customerId);
        Cart cart = carts.cart(customerId);
        List<Item> items = cart.items();
        if (items.isEmpty()) {
            throw new CartIsEmptyException(customerId);
        }

        List<OrderLine> lines = new ArrayList<>();
        List<Parcel> parcels = new ArrayList<>();
        for (Item item : items) {
            Product product = catalog.product(item.sku());
            Price price = pricing.price(item.sku());
            lines.add(new OrderLine(item.sku(), product.name(), item.quantity(), price.unitPriceCents()));
            parcels.add(new Parcel(item.sku(), item.quantity(), product.weightGrams()));
        }
        String orderId = Order.newId();
        long totalCents = OrderLine.totalCents(lines);

        // The first takes this version of the cart, so a second checkout of it, sent at the same moment, takes no stock
        // and no money. A checkout that fails lets the cart be checked out again.
        checkedOutCarts.claim(customerId, cart.version(), orderId);
        Payment payment;
        Shipment shipment;
        try {
            inventory.reserve(orderId,
                    lines.stream().map(line -> new ReservedLine(line.sku(), line.quantity())).toList());
            payment = payments.charge(orderId, totalCents, CURRENCY, paymentToken);
            shipment = shipping.book(orderId, customer.address(), parcels);
        } catch (RuntimeException failure) {
            checkedOutCarts.release(orderId);
            throw failure;
        }
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
