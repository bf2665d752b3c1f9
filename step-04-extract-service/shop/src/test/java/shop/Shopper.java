package shop;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/** A customer using the public API, as the shop's web page would: browse, fill the cart, check out. */
public final class Shopper {

    /** The one digital product: it has no weight. */
    public static final String GIFT_CARD = "GIFT-CARD-25";

    private final ShopClient publicApi;

    private final String customerId;

    private Shopper(ShopClient publicApi, String customerId) {
        this.publicApi = publicApi;
        this.customerId = customerId;
    }

    static Shopper withEmptyCart(ShopClient publicApi, String customerId) {
        Shopper shopper = new Shopper(publicApi, customerId);
        shopper.cart().items().forEach(item -> shopper.remove(item.sku()));
        return shopper;
    }

    public String customerId() {
        return customerId;
    }

    public List<Product> products() {
        return publicApi.get("/api/products").asListOf(Product.class);
    }

    /** The SKUs of products that are shipped in a parcel (everything but the gift card). */
    public List<String> physicalProducts() {
        return products().stream().map(Product::sku).filter(sku -> !sku.equals(GIFT_CARD)).toList();
    }

    public Answer put(String sku, Object quantity) {
        return publicApi.put("/api/carts/{customerId}/items/{sku}", Map.of("quantity", quantity), customerId, sku);
    }

    public Shopper adds(String sku, int quantity) {
        Answer answer = put(sku, quantity);
        if (answer.status() != 200) {
            throw new AssertionError("Could not put " + quantity + " x " + sku + " into the cart: " + answer);
        }
        return this;
    }

    public Answer remove(String sku) {
        return publicApi.delete("/api/carts/{customerId}/items/{sku}", customerId, sku);
    }

    public Cart cart() {
        return publicApi.get("/api/carts/{customerId}", customerId).as(Cart.class);
    }

    /**
     * Checks out; after an order is placed, waits until the cart is empty. The cart empties once the order is placed,
     * and from exercise 03.3 on that is a moment after the checkout answered: a test that fills the same cart next
     * must not see its products taken out by the checkout before it.
     */
    public Answer checksOut(String paymentToken) {
        Answer answer = publicApi.post("/api/orders", Map.of("customerId", customerId, "paymentToken", paymentToken));
        if (answer.status() == 201) {
            await().atMost(Duration.ofSeconds(10)).until(() -> cart().items().isEmpty());
        }
        return answer;
    }

    public Order checksOutSuccessfully() {
        Answer answer = checksOut("tok_visa");
        if (answer.status() != 201) {
            throw new AssertionError("The checkout of " + customerId + " failed: " + answer);
        }
        return answer.as(Order.class);
    }
}
