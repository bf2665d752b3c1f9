package shop.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.AsyncTaskExecutor;
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
 * Turns a customer's cart into an order. Every step is a call to the service that owns the data or the job, and
 * the customer waits for every call the checkout waits for. So calls that do not need each other's answers go
 * out together, and products and prices come in one call each however full the cart is: the checkout waits on
 * six calls one after another, not on 7 + 2 per product.
 * <p>
 * Each service commits its own step at once, so nothing rolls back across services by itself: when payment or
 * shipping fails, the checkout undoes the steps before it (compensation) and keeps the order as FAILED, under the
 * id the refund and the released reservation carry. Once paid and shipped, the order is placed and stored: emptying
 * the cart and the confirmation come after it, and cannot take it back.
 */
@Service
class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);

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

    private final AsyncTaskExecutor executor;

    Checkout(CustomersClient customers, CartClient carts, CatalogClient catalog, PricingClient pricing,
            InventoryClient inventory, PaymentsClient payments, ShippingClient shipping,
            NotificationsClient notifications, Orders orders, CheckedOutCarts checkedOutCarts,
            AsyncTaskExecutor executor) {
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
        this.executor = executor;
    }

    Order placeOrder(String customerId, String paymentToken) {
        CompletableFuture<Customer> customerCall = inParallel(() -> customers.customer(customerId));
        CompletableFuture<Cart> cartCall = inParallel(() -> carts.cart(customerId));
        Customer customer = await(customerCall);
        Cart cart = await(cartCall);
        List<Item> items = cart.items();
        if (items.isEmpty()) {
            throw new CartIsEmptyException(customerId);
        }

        List<String> skus = items.stream().map(Item::sku).toList();
        CompletableFuture<Map<String, Product>> productsCall = inParallel(() -> catalog.products(skus));
        CompletableFuture<Map<String, Price>> pricesCall = inParallel(() -> pricing.prices(skus));
        Map<String, Product> products = await(productsCall);
        Map<String, Price> prices = await(pricesCall);

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

        // Each of these needs the one before it to have succeeded: they stay one after another. The first takes this
        // version of the cart, so a second checkout of it, sent at the same moment, takes no stock and no money.
        checkedOutCarts.claim(customerId, cart.version(), orderId);
        try {
            inventory.reserve(orderId,
                    lines.stream().map(line -> new ReservedLine(line.sku(), line.quantity())).toList());
        } catch (RuntimeException failure) {
            bestEffort("release the cart of " + orderId, () -> checkedOutCarts.release(orderId));
            throw failure;
        }
        Payment payment;
        try {
            payment = payments.charge(orderId, totalCents, CURRENCY, paymentToken);
        } catch (RuntimeException failure) {
            bestEffort("release the stock of " + orderId, () -> inventory.release(orderId));
            bestEffort("release the cart of " + orderId, () -> checkedOutCarts.release(orderId));
            orders.save(new Order(orderId, customerId, OrderStatus.FAILED, lines, totalCents, CURRENCY, null, null,
                    Instant.now()));
            throw failure;
        }
        Shipment shipment;
        try {
            shipment = shipping.book(orderId, customer.address(), parcels);
        } catch (RuntimeException failure) {
            bestEffort("refund payment " + payment.paymentId(), () -> payments.refund(payment.paymentId()));
            bestEffort("release the stock of " + orderId, () -> inventory.release(orderId));
            bestEffort("release the cart of " + orderId, () -> checkedOutCarts.release(orderId));
            orders.save(new Order(orderId, customerId, OrderStatus.FAILED, lines, totalCents, CURRENCY,
                    payment.paymentId(), null, Instant.now()));
            throw failure;
        }

        // Paid and shipped: the order is placed, whatever fails after this.
        Order order = new Order(orderId, customerId, OrderStatus.PLACED, lines, totalCents, CURRENCY,
                payment.paymentId(), shipment.trackingNumber(), Instant.now());
        orders.save(order);
        CompletableFuture<Void> emptied = inParallel(() -> carts.empty(customerId));
        CompletableFuture<Void> confirmed = inParallel(
                () -> notifications.orderConfirmed(customerId, orderId, confirmation(customer, orderId, totalCents)));
        bestEffort("empty the cart of " + customerId + " after order " + orderId, () -> await(emptied));
        bestEffort("confirm order " + orderId + " to " + customerId, () -> await(confirmed));
        return order;
    }

    /**
     * A step whose failure does not change the customer's answer: undoing a step of a checkout that cannot finish
     * (the customer gets the original problem), or what follows an order placed (the order stands). Should it fail,
     * the log says what a person has to put right.
     */
    private static void bestEffort(String step, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            log.error("Could not {}: do it by hand", step, failure);
        }
    }

    /** Starts a call on another thread; the executor carries the trace context over (see application.properties). */
    private <T> CompletableFuture<T> inParallel(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor);
    }

    private CompletableFuture<Void> inParallel(Runnable call) {
        return CompletableFuture.runAsync(call, executor);
    }

    /** The answer of a call made in parallel; when it failed, its failure as the call threw it. */
    private static <T> T await(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException failure ? failure : failed;
        }
    }

    private static String confirmation(Customer customer, String orderId, long totalCents) {
        return "Hello %s, thank you for your order %s of %d.%02d %s. It is on its way."
                .formatted(customer.name(), orderId, totalCents / 100, totalCents % 100, CURRENCY);
    }
}
