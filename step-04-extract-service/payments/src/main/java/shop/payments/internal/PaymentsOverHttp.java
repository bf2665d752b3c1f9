package shop.payments.internal;

import org.springframework.web.client.RestClient;

import shop.payments.CardDetails;
import shop.payments.Payment;
import shop.payments.PaymentRequest;
import shop.payments.Payments;
import shop.payments.StoredCard;

/**
 * The payments module's API when the module runs in payments-service: each call one HTTP request, and each way that
 * request can fail turned into one of the API's outcomes, so that orders cannot tell where payments runs.
 */
public class PaymentsOverHttp implements Payments {

    private final RestClient paymentsService;

    public PaymentsOverHttp(RestClient.Builder builder, PaymentsService service) {
        // 04.2: the first thing that worked against payments-service on a good day.
        this.paymentsService = builder.baseUrl(service.url().toString()).build();
    }

    @Override
    public Payment charge(PaymentRequest request) {
        return paymentsService.post()
                .uri("/payments")
                .body(request)
                .retrieve()
                .body(Payment.class);
    }

    @Override
    public StoredCard storeCard(CardDetails card) {
        return paymentsService.post()
                .uri("/cards")
                .body(card)
                .retrieve()
                .body(StoredCard.class);
    }
}
