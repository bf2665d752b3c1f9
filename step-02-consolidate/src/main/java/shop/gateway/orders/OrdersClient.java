package shop.gateway.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import shop.gateway.ServiceCall;

/** Places and reads orders in the orders service. */
@Component
class OrdersClient {

    private final RestClient orders;

    OrdersClient(RestClient.Builder builder, @Value("${shop.services.orders.url}") String url) {
        this.orders = builder.baseUrl(url).build();
    }

    Order place(PlaceOrder placeOrder) {
        return ServiceCall.to("orders", () -> orders.post().uri("/orders")
                .body(placeOrder)
                .retrieve()
                .body(Order.class));
    }

    Order order(String orderId) {
        return ServiceCall.to("orders", () -> orders.get().uri("/orders/{orderId}", orderId)
                .retrieve()
                .body(Order.class));
    }
}
