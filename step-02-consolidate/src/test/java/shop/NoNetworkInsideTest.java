package shop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.support.exercise.Exercise;
import workshop.support.hops.ServedRequests;
import workshop.support.hops.ServedRequests.ServedRequest;
import workshop.support.tracing.CapturedSpans;
import workshop.support.tracing.CapturedTrace;

import org.springframework.beans.factory.annotation.Autowired;

import shop.payments.PaymentRequest;
import shop.payments.Payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 02.1 Remove the network from the call path: the modules run in one application, yet a checkout still calls them
 * over HTTP, on the application's own port. Once each client calls its module in-process, a checkout is one
 * request, the customer's, and it still answers every problem as before.
 */
@Exercise("02.1")
class NoNetworkInsideTest extends ShopTest {

    private static final ServedRequest CHECKOUT = new ServedRequest("shop", "POST", "/api/orders");

    /** What a card number looks like: a payment token never does. */
    private static final String CARD_NUMBER = "4111 1111 1111 1111";

    /** The payments module, as orders calls it now: a method call, with no HTTP API checking its input on the way. */
    @Autowired
    private Payments payments;

    @Test
    void aCheckoutIsTheCustomersRequestAndNoOther() {
        Shopper grace = shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);
        long started = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        CapturedSpans[] spans = new CapturedSpans[1];

        List<ServedRequest> served = ServedRequests.during(
                () -> spans[0] = CapturedSpans.during(grace::checksOutSuccessfully));

        assertThat(served).as(lookAt("02.1", internalRequests("a checkout", served))).containsExactly(CHECKOUT);
        assertThat(tracesStartedSince(started, spans[0])).as(lookAt("02.1", "a checkout is one trace"))
                .hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("checkoutsThatCannotGoThrough")
    void aCheckoutThatCannotGoThroughAnswersAsBeforeWithoutInternalRequests(Object placeOrder, int status,
            List<String> wrongFields) {
        Shopper linus = shopperWithEmptyCart("linus");
        linus.adds(linus.physicalProducts().get(0), 1);
        Answer[] answer = new Answer[1];

        List<ServedRequest> served = ServedRequests.during(
                () -> answer[0] = publicApi().post("/api/orders", placeOrder));

        assertThat(served).as(lookAt("02.1", internalRequests("a checkout that cannot go through", served)))
                .containsExactly(CHECKOUT);
        assertThat(answer[0].status()).as(lookAt("02.1", "the checkout answered " + answer[0] + " instead of "
                        + status + ". The HTTP API of each module used to check its input: who checks it now?"))
                .isEqualTo(status);
        assertThat(answer[0].problem().errors()).as(lookAt("02.1", "the problem should name the wrong fields"))
                .extracting(Problem.InvalidField::field).containsExactlyInAnyOrderElementsOf(wrongFields);
    }

    @Test
    void thePaymentsModuleRefusesAMalformedTokenWhoeverHandsItOver() {
        PaymentRequest charge = new PaymentRequest("ord-malformed-token", 1_000, "EUR", CARD_NUMBER);

        Throwable refusal = catchThrowable(() -> payments.charge(charge));

        assertThat(refusal).as(lookAt("02.1", "the payments module charged the payment token \"" + CARD_NUMBER
                        + "\" that another module handed it in a method call: only its HTTP API checks what it is"
                        + " given, and a check at the public API guards only the customer's way in. Let payments"
                        + " check every charge itself, whoever asks for it"))
                .isNotNull();
    }

    static Stream<Arguments> checkoutsThatCannotGoThrough() {
        return Stream.of(
                argumentSet("a declined card", placeOrder("linus", "tok_declined"), 402, List.of()),
                argumentSet("a malformed payment token", placeOrder("linus", CARD_NUMBER), 400,
                        List.of("paymentToken")),
                argumentSet("missing fields", "{}", 400, List.of("customerId", "paymentToken")),
                argumentSet("an unknown customer", placeOrder("nobody", "tok_visa"), 404, List.of()));
    }

    private static Map<String, String> placeOrder(String customerId, String paymentToken) {
        return Map.of("customerId", customerId, "paymentToken", paymentToken);
    }

    private static String internalRequests(String what, List<ServedRequest> served) {
        List<ServedRequest> internal = served.stream().filter(request -> !request.equals(CHECKOUT)).toList();
        return what + " made " + internal.size() + " HTTP request(s) to the shop itself besides the customer's: "
                + internal + ". Which clients make them? Let each call its module in-process, behind the same"
                + " client class";
    }

    /** The traces of everything that started once the checkout did (spans of earlier requests may end later). */
    private static List<CapturedTrace> tracesStartedSince(long epochNanos, CapturedSpans spans) {
        return spans.traces().stream()
                .filter(trace -> trace.spans().stream().anyMatch(span -> span.getStartEpochNanos() >= epochNanos))
                .toList();
    }
}
