package shop.orders;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Reads the cart a customer checks out, and empties it once the order is placed. */
@Component
class CartClient {

    private final RestClient cart;

    CartClient(RestClient.Builder builder, @Value("${shop.services.cart.url}") String url) {
        this.cart = builder.baseUrl(url).build();
    }

    Cart cart(String customerId) {
        return ServiceCall.to("cart", () -> cart.get().uri("/carts/{customerId}", customerId)
                .retrieve()
                .body(Cart.class));
    }

    void empty(String customerId) {
        ServiceCall.to("cart", () -> cart.delete().uri("/carts/{customerId}", customerId)
                .retrieve()
                .toBodilessEntity());
    }

    record Cart(String customerId, long version, List<Item> items) {
    }

    record Item(String sku, int quantity) {
    }
}
