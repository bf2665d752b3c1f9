package shop;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.support.tracing.CapturedSpans;
import workshop.support.tracing.CapturedTrace;
import workshop.support.exercise.PublicApiScenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * Every problem of the public API carries the trace id of its request, so a customer who reports an error hands
 * support the one trace that shows what happened.
 */
@PublicApiScenarios
class ProblemTraceIdsTest extends ShopTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemsOfThePublicApi")
    void everyProblemCarriesTheTraceIdOfItsRequest(Supplier<Answer> request) {
        Answer[] answer = new Answer[1];
        List<CapturedTrace> traces = CapturedSpans.during(() -> answer[0] = request.get()).traces();

        assertThat(traces).extracting(CapturedTrace::traceId).contains(answer[0].problem().traceId());
    }

    @BeforeEach
    void emptyCartOfGrace() {
        shopperWithEmptyCart("grace");
    }

    static Stream<Named<Supplier<Answer>>> problemsOfThePublicApi() {
        ShopClient publicApi = publicApi();
        return Stream.of(
                named("an unknown product", () -> publicApi.get("/api/products/NO-SUCH-SKU")),
                named("a quantity of 100", () -> publicApi.put("/api/carts/ada/items/{sku}",
                        Map.of("quantity", 100), Shopper.GIFT_CARD)),
                named("malformed JSON", () -> publicApi.post("/api/orders", "{\"customerId")),
                named("an unknown path", () -> publicApi.get("/api/nothing-here")),
                named("an empty cart", () -> publicApi.post("/api/orders",
                        Map.of("customerId", "grace", "paymentToken", "tok_visa"))));
    }
}
