package shop.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Charges the customer for an order, and refunds them when the order cannot be completed. */
@Component
class PaymentsClient {

    private final RestClient payments;

    PaymentsClient(RestClient.Builder builder, @Value("${shop.services.payments.url}") String url) {
        this.payments = builder.baseUrl(url).build();
    }

    Payment charge(String orderId, long amountCents, String currency, String paymentToken) {
        return ServiceCall.to("payments", () -> payments.post().uri("/payments")
                .body(new PaymentRequest(orderId, amountCents, currency, paymentToken))
                .retrieve()
                .body(Payment.class));
    }

    /** Gives the customer their money back; refunding twice does no harm. */
    void refund(String paymentId) {
        ServiceCall.to("payments", () -> payments.post().uri("/payments/{paymentId}/refund", paymentId)
                .retrieve()
                .toBodilessEntity());
    }

    record PaymentRequest(String orderId, long amountCents, String currency, String paymentToken) {
    }

    record Payment(String paymentId, String orderId, String status) {
    }
}
