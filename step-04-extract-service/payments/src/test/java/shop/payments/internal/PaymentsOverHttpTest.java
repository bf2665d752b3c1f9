package shop.payments.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static workshop.support.exercise.Exercises.failure;
import static workshop.support.exercise.Exercises.lookAt;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.client.RestClient;

import shop.payments.CardDetails;
import shop.payments.Payment;
import shop.payments.PaymentDeclined;
import shop.payments.PaymentRejected;
import shop.payments.PaymentRequest;
import shop.payments.PaymentsUnavailable;
import shop.payments.StoredCard;
import workshop.support.exercise.Exercise;

/**
 * The HTTP adapter of the payments API, against a stand-in for payments-service that answers what the contract says
 * (the stubs in {@code shop/payments/contract}) and fails as a network fails. Orders must get the same outcomes as from
 * payments in the shop's process: a payment, {@link PaymentDeclined}, {@link PaymentRejected} or
 * {@link PaymentsUnavailable}, never an HTTP client's exception, and never a call that hangs.
 */
@Exercise("04.2")
class PaymentsOverHttpTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    /** Slower than {@link #TIMEOUT}, and no whole number of seconds, as a timeout an adapter picks itself would be. */
    private static final Duration SLOW = TIMEOUT.multipliedBy(3);

    private static final CardDetails ADAS_CARD = new CardDetails("ada", "4242424242424242", 12, 2030);

    /** Plain HTTP/1.1, as payments-service (Tomcat) speaks it: no upgrade to HTTP/2 on a plain connection. */
    private static final WireMockServer paymentsService = new WireMockServer(
            options().dynamicPort().http2PlainDisabled(true));

    private PaymentsOverHttp payments;

    @BeforeAll
    static void start() {
        paymentsService.start();
    }

    @AfterAll
    static void stop() {
        paymentsService.stop();
    }

    @BeforeEach
    void theContract() {
        paymentsService.resetAll();
        Contract.stubs().forEach(paymentsService::addStubMapping);
        payments = shopWith(Contract.CREDENTIAL, TIMEOUT);
    }

    @Test
    void aChargeIsSentAsTheContractSaysAndItsAnswerIsThePayment() {
        Payment payment = attempt("a charge", () -> payments.charge(charge("ord-contract-captured", "tok_visa")));

        assertThat(payment)
                .as(lookAt("04.2", "PaymentsOverHttp.charge: the payment is the service's answer, read from its body"))
                .isEqualTo(new Payment("pay-6f1c0a52-7d1e-4b55-9d0e-2b7f1e0c9a11", "ord-contract-captured", 1250,
                        "EUR", Payment.Status.CAPTURED));
    }

    @Test
    void aCardIsStoredAsTheContractSays() {
        StoredCard card = attempt("storing a card", () -> payments.storeCard(ADAS_CARD));

        assertThat(card).as(lookAt("04.2", "PaymentsOverHttp.storeCard: the stored card is the service's answer"))
                .isEqualTo(new StoredCard("card_0d3e4c7a9b8f4e2a8c1d5b6e7f809a1b", "ada", "4242"));
    }

    @Test
    void everyCallForOneOrderCarriesItsOwnIdempotencyKey() {
        catchThrowable(() -> payments.charge(charge("ord-1", "tok_visa")));
        catchThrowable(() -> payments.charge(charge("ord-1", "tok_visa")));
        catchThrowable(() -> payments.charge(charge("ord-2", "tok_visa")));

        assertThat(headerOfEach(postRequestedFor(urlEqualTo("/payments")), "Idempotency-Key"))
                .as(lookAt("04.2", "PaymentsOverHttp.charge: the header Idempotency-Key of each charge, for orders"
                        + " ord-1, ord-1 and ord-2: a charge asked for again carries the same key, so payments-service"
                        + " can answer it without charging twice; the order id is the key"))
                .containsExactly("ord-1", "ord-1", "ord-2");
    }

    @Test
    void everyCallCarriesTheCredentialTheShopIsGiven() {
        PaymentsOverHttp shop = shopWith("the-shops-credential", TIMEOUT);

        catchThrowable(() -> shop.charge(charge("ord-1", "tok_visa")));
        catchThrowable(() -> shop.storeCard(ADAS_CARD));

        assertThat(headerOfEach(anyRequestedFor(anyUrl()), "Authorization"))
                .as(lookAt("04.2", "PaymentsOverHttp: the header Authorization of a charge and of a card to store,"
                        + " from a shop whose PaymentsService.credential() is the-shops-credential: each deployment"
                        + " has a credential of its own, and payments-service answers no one without it"))
                .containsExactly("Bearer the-shops-credential", "Bearer the-shops-credential");
    }

    @Test
    void aDeclinedCardIsPaymentDeclined() {
        Throwable declined = catchThrowable(() -> payments.charge(charge("ord-contract-declined", "tok_declined")));

        assertThat(declined)
                .as(lookAt("04.2", "PaymentsOverHttp.charge: payments-service answers a declined card with 402;"
                        + " orders expects PaymentDeclined, as from payments in the shop's process" + near(declined)))
                .isInstanceOf(PaymentDeclined.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 401, 403, 422})
    void aRequestThePaymentsServiceRefusesIsPaymentRejected(int status) {
        paymentsService.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Refused\",\"status\":" + status + "}")));

        everyCallEndsIn(PaymentRejected.class, call -> "PaymentsOverHttp." + call.method() + ": a " + status
                + " from payments-service is an answer (asking again gives the same), so " + call.caller() + " gets"
                + " PaymentRejected, not an HTTP client's exception");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"500", "503", "connection reset"})
    void aServiceThatFailsOrCannotBeReachedIsPaymentsUnavailable(String failure) {
        paymentsService.stubFor(any(anyUrl()).atPriority(1).willReturn(failure.equals("connection reset")
                ? aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)
                : aResponse().withStatus(Integer.parseInt(failure))));

        everyCallEndsIn(PaymentsUnavailable.class, call -> "PaymentsOverHttp." + call.method() + ": after a "
                + failure + " nobody knows what payments-service did; " + call.caller() + " gets PaymentsUnavailable,"
                + " and may ask again");
    }

    @Test
    void aCallWaitsAsLongAsTheShopIsToldAndNoLonger() {
        paymentsService.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"paymentId": "pay-slow", "orderId": "ord-slow", "amountCents": 1250, "currency": "EUR",
                         "status": "CAPTURED"}""")
                .withFixedDelay((int) SLOW.toMillis())));

        Throwable slow = catchThrowable(() -> payments.charge(charge("ord-slow", "tok_visa")));

        assertThat(slow)
                .as(lookAt("04.2", "PaymentsOverHttp: payments-service answers after " + SLOW.toMillis() + " ms and"
                        + " the timeout is " + TIMEOUT.toMillis() + " ms; give the client the timeout of"
                        + " PaymentsService, so a checkout does not wait for ever"))
                .isInstanceOf(PaymentsUnavailable.class);
        // A timeout of the adapter's own passes one half at most; the one PaymentsService gives passes both.
        Duration patience = SLOW.multipliedBy(4);
        Throwable gaveUp = catchThrowable(() -> shopWith(Contract.CREDENTIAL, patience)
                .charge(charge("ord-slow", "tok_visa")));
        assertThat(gaveUp)
                .as(lookAt("04.2", "PaymentsOverHttp: payments-service answers after " + SLOW.toMillis() + " ms,"
                        + " within the timeout of " + patience.toMillis() + " ms that PaymentsService gives, yet the"
                        + " call gave up; give the client the timeout of PaymentsService, not one of its own"))
                .isNull();
    }

    /** Orders' charges and customers' cards cross the same network: each call ends in the outcome, whoever made it. */
    private void everyCallEndsIn(Class<? extends RuntimeException> outcome, Function<Call, String> whatToLookAt) {
        for (Call call : Call.BOTH) {
            assertThat(catchThrowable(() -> call.request().apply(payments)))
                    .as(lookAt("04.2", whatToLookAt.apply(call)))
                    .isInstanceOf(outcome);
        }
    }

    /** The header of each request payments-service was sent that matches, in the order they came. */
    private static List<String> headerOfEach(RequestPatternBuilder requests, String header) {
        return paymentsService.findAll(requests).stream().map(request -> request.getHeader(header)).toList();
    }

    private PaymentsOverHttp shopWith(String credential, Duration timeout) {
        return new PaymentsOverHttp(RestClient.builder(), new PaymentsService(URI.create(paymentsService.baseUrl()),
                credential, timeout));
    }

    private static PaymentRequest charge(String orderId, String token) {
        return new PaymentRequest("ada", orderId, 1250, "EUR", token);
    }

    /** A call of the payments API, and the module that makes it. */
    record Call(String method, String caller, Function<PaymentsOverHttp, Object> request) {

        static final List<Call> BOTH = List.of(
                new Call("charge", "orders", payments -> payments.charge(charge("ord-failed", "tok_visa"))),
                new Call("storeCard", "customers", payments -> payments.storeCard(ADAS_CARD)));
    }

    /** The answer, or a failure that says how the request differed from the contract's closest stub. */
    private <T> T attempt(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException failed) {
            AssertionError failure = failure("04.2", "PaymentsOverHttp: " + what + " failed with "
                    + failed.getClass().getName() + near(failed));
            failure.initCause(failed);
            throw failure;
        }
    }

    /** What the stand-in saw that matched no stub of the contract, and how it came closest. */
    private String near(Throwable failure) {
        if (failure == null) {
            return "";
        }
        List<LoggedRequest> unmatched = paymentsService.findAllUnmatchedRequests();
        return unmatched.isEmpty() ? ""
                : "; the request matched no stub of the contract:\n" + paymentsService.findNearMissesFor(
                        unmatched.get(0)).stream().findFirst().map(miss -> miss.getDiff().toString()).orElse("");
    }
}
