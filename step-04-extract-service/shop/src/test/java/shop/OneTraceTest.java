package shop;

import java.util.List;
import java.util.Objects;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.Test;
import workshop.support.tracing.CapturedSpans;
import workshop.support.tracing.CapturedTrace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout is one trace, and it shows the modules it went through (Spring Modulith's observability gives each call
 * into a module a span of its own): the ones the checkout calls, and the ones that react to the order afterwards, on
 * their own threads.
 */
class OneTraceTest extends ShopTest {

    private static final AttributeKey<String> MODULE = AttributeKey.stringKey("module.identifier");

    @Test
    void aCheckoutIsOneTraceThroughTheModulesItReaches() {
        Shopper grace = shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);

        CapturedSpans spans = CapturedSpans.during(grace::checksOutSuccessfully);

        List<CapturedTrace> checkout = spans.traces().stream()
                .filter(trace -> trace.spans().stream().anyMatch(span -> span.getName().contains("/api/orders")))
                .toList();
        assertThat(checkout).as("the checkout's traces").hasSize(1);
        // Not shipping: it books the parcel after the checkout answered, maybe after this test looked.
        assertThat(checkout.get(0).spans().stream().map(OneTraceTest::module).filter(Objects::nonNull).distinct())
                .contains("orders", "customers", "inventory", "payments", "notifications");
    }

    private static String module(SpanData span) {
        return span.getAttributes().get(MODULE);
    }
}
