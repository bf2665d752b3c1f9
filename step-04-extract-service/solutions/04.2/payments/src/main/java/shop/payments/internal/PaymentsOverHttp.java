package shop.payments.internal;

import java.net.http.HttpClient;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import shop.payments.CardDetails;
import shop.payments.Payment;
import shop.payments.PaymentDeclined;
import shop.payments.PaymentRejected;
import shop.payments.PaymentRequest;
import shop.payments.Payments;
import shop.payments.PaymentsUnavailable;
import shop.payments.StoredCard;

/**
 * The payments module's API when the module runs in payments-service: each call one HTTP request, and each way that
 * request can fail turned into one of the API's outcomes, so that orders cannot tell where payments runs.
 */
public class PaymentsOverHttp implements Payments {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient paymentsService;

    public PaymentsOverHttp(RestClient.Builder builder, PaymentsService service) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(service.timeout()).build());
        requests.setReadTimeout(service.timeout());
        this.paymentsService = builder.baseUrl(service.url().toString())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + service.credential())
                .requestFactory(requests)
                .build();
    }

    @Override
    public Payment charge(PaymentRequest request) {
        return call("the charge for order " + request.orderId(), () -> paymentsService.post()
                .uri("/payments")
                .header(IDEMPOTENCY_KEY, request.orderId())
                .body(request)
                .retrieve()
                .onStatus(status -> status.isSameCodeAs(HttpStatus.PAYMENT_REQUIRED), (sent, declined) -> {
                    throw new PaymentDeclined(request.orderId());
                })
                .body(Payment.class));
    }

    @Override
    public StoredCard storeCard(CardDetails card) {
        return call("storing a card of customer " + card.customerId(), () -> paymentsService.post()
                .uri("/cards")
                .body(card)
                .retrieve()
                .body(StoredCard.class));
    }

    /**
     * A 4xx is an answer: payments refused this request, and would refuse it again. A 5xx, a connection that failed or
     * an answer that took too long leaves the outcome unknown: the caller may ask again with the same key.
     */
    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpClientErrorException refused) {
            throw new PaymentRejected("payments-service refused " + what + ": " + refused.getStatusCode() + " "
                    + refused.getResponseBodyAsString());
        } catch (HttpServerErrorException failed) {
            throw new PaymentsUnavailable("payments-service failed " + what + ": " + failed.getStatusCode(), failed);
        } catch (ResourceAccessException unreachable) {
            Throwable cause = unreachable.getMostSpecificCause();
            throw new PaymentsUnavailable("payments-service did not answer " + what + ": "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), unreachable);
        }
    }
}
