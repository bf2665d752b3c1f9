package shop.e2e;

import java.util.List;
import java.util.Map;

/** A customer using the public API, as the shop's web page would: browse, fill the cart, check out. */
public final class Shopper {

    /** The one digital product: it has no weight. */
    public static final String GIFT_CARD = "GIFT-CARD-25";

    private final ShopClient gateway;

    private final String customerId;

    private Shopper(ShopClient gateway, String customerId) {
        this.gateway = gateway;
        this.customerId = customerId;
    }

    /** One of the seeded customers ({@code ada}, {@code grace}, {@code linus}), starting with an empty cart. */
    public static Shopper withEmptyCart(String customerId) {
        Shopper shopper = new Shopper(Shop.running().gateway(), customerId);
        shopper.cart().items().forEach(item -> shopper.remove(item.sku()));
        return shopper;
    }

    public String customerId() {
        return customerId;
    }

    public List<Product> products() {
        return gateway.get("/api/products").asListOf(Product.class);
    }

    /** The SKUs of products that are shipped in a parcel (everything but the gift card). */
    public List<String> physicalProducts() {
        return products().stream().map(Product::sku).filter(sku -> !sku.equals(GIFT_CARD)).toList();
    }

    public Answer put(String sku, Object quantity) {
        return gateway.put("/api/carts/{customerId}/items/{sku}", Map.of("quantity", quantity), customerId, sku);
    }

    public Shopper adds(String sku, int quantity) {
        Answer answer = put(sku, quantity);
        if (answer.status() != 200) {
            throw new AssertionError("Could not put " + quantity + " x " + sku + " into the cart: " + answer);
        }
        return this;
    }

    public Answer remove(String sku) {
        return gateway.delete("/api/carts/{customerId}/items/{sku}", customerId, sku);
    }

    public Cart cart() {
        return gateway.get("/api/carts/{customerId}", customerId).as(Cart.class);
    }

    public Answer checksOut(String paymentToken) {
        return gateway.post("/api/orders", Map.of("customerId", customerId, "paymentToken", paymentToken));
    }

    public Order checksOutSuccessfully() {
        Answer answer = checksOut("tok_visa");
        if (answer.status() != 201) {
            throw new AssertionError("The checkout of " + customerId + " failed: " + answer);
        }
        return answer.as(Order.class);
    }
}
