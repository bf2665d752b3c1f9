package shop;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.util.List;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;

import workshop.support.exercise.Exercise;
import workshop.support.tracing.CapturedSpans;
import workshop.support.tracing.CapturedTrace;

/**
 * With payments remote, a checkout is still one trace: from the shop's public API, over the one remaining hop, into
 * payments-service, where the charge has a span of its own, a child of the shop's call. The span is the payments
 * module's, so the shop shows the same one when payments runs in its process.
 */
@Exercise("04.7")
class OneTraceOverTheHopTest {

    private static final AttributeKey<String> ORDER_ID = AttributeKey.stringKey("order.id");

    private final ShopWithPayments shop = ShopWithPayments.inMode(ShopWithPayments.REMOTE);

    @Test
    void aCheckoutIsOneTraceIntoPaymentsServiceWithTheChargeInIt() {
        shop.requireRemoteCharges("04.7", ", so there is no hop to trace");
        Shopper grace = shop.shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);

        CapturedSpans spans = CapturedSpans.during(grace::checksOutSuccessfully);

        CapturedTrace trace = checkoutIn(spans);
        assertThat(trace.services())
                .as(lookAt("04.7", "the checkout's trace stops at the shop's call to payments-service, which went on"
                        + " with a trace of its own: the traces were " + spans.traces().stream()
                        .map(CapturedTrace::services).toList() + ". Compare how the shop and payments-service"
                        + " propagate the trace context (management.tracing.* in their application.properties)"))
                .contains("shop", "payments-service");
        List<SpanData> charges = trace.spans().stream().filter(span -> span.getName().equals("payments.charge"))
                .toList();
        assertThat(charges)
                .as(lookAt("04.7", "the trace shows the shop calling payments-service, but not the charge in it:"
                        + " give the charge a span of its own, payments.charge, with the order's id (order.id), in"
                        + " PaymentsLedger; the spans are " + trace.spans().stream().map(SpanData::getName).toList()))
                .singleElement()
                .satisfies(charge -> assertThat(charge.getAttributes().get(ORDER_ID)).startsWith("ord-"));
    }

    @Test
    void aCheckoutWithPaymentsInTheShopHasTheSameChargeSpan() {
        Shopper grace = ShopWithPayments.inMode(ShopWithPayments.IN_PROCESS).shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);

        CapturedTrace trace = checkoutIn(CapturedSpans.during(grace::checksOutSuccessfully));

        assertThat(trace.spans().stream().filter(span -> span.getName().equals("payments.charge")).toList())
                .as(lookAt("04.7", "with shop.payments.mode=in-process the checkout's trace shows no charge: the"
                        + " spans are " + trace.spans().stream().map(SpanData::getName).toList() + ". The charge is"
                        + " the payments module's work wherever it runs, so its span, payments.charge with order.id,"
                        + " is made where the module charges, in PaymentsLedger, not in one of the processes it runs"
                        + " in"))
                .singleElement()
                .satisfies(charge -> assertThat(charge.getAttributes().get(ORDER_ID)).startsWith("ord-"));
    }

    private static CapturedTrace checkoutIn(CapturedSpans spans) {
        List<CapturedTrace> checkout = spans.traces().stream()
                .filter(trace -> trace.spans().stream().anyMatch(span -> span.getName().contains("/api/orders")))
                .toList();
        assertThat(checkout).as("the checkout's traces").hasSize(1);
        return checkout.get(0);
    }
}
