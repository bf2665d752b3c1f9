package shop.gateway.carts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import shop.gateway.ServiceCall;

/** Reads and changes carts in the cart service. */
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

    Cart changeQuantity(String customerId, String sku, QuantityChange change) {
        return ServiceCall.to("cart", () -> cart.put().uri("/carts/{customerId}/items/{sku}", customerId, sku)
                .body(change)
                .retrieve()
                .body(Cart.class));
    }

    void remove(String customerId, String sku) {
        ServiceCall.to("cart", () -> cart.delete().uri("/carts/{customerId}/items/{sku}", customerId, sku)
                .retrieve()
                .toBodilessEntity());
    }
}
