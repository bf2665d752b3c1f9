package shop.e2e;

import java.util.List;

/**
 * What the services behind the gateway hold after a request: read through their own APIs, and from their
 * databases where they have no API for it.
 */
public final class ShopState {

    private final Shop shop;

    public ShopState(Shop shop) {
        this.shop = shop;
    }

    public int available(String sku) {
        return shop.client("inventory").get("/stock/{sku}", sku).as(Stock.class).available();
    }

    public List<Payment> paymentsFor(String orderId) {
        return shop.client("payments").get("/payments?orderId={orderId}", orderId).asListOf(Payment.class);
    }

    public List<Shipment> shipmentsFor(String orderId) {
        return shop.client("shipping").get("/shipments?orderId={orderId}", orderId).asListOf(Shipment.class);
    }

    public long notificationsAbout(String orderId) {
        return shop.database("notifications").sql("select count(*) from notifications where order_id = ?")
                .param(orderId).query(Long.class).single();
    }

    /** The orders placed for a customer so far. */
    public long placedOrdersOf(String customerId) {
        return shop.database("orders").sql("select count(*) from orders where customer_id = ? and status = 'PLACED'")
                .param(customerId).query(Long.class).single();
    }
}
