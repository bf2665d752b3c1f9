package shop.e2e;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.support.exercise.Exercise;
import workshop.support.ports.Ports;
import workshop.support.tracing.CapturedSpans;

import org.springframework.context.ConfigurableApplicationContext;

import shop.gateway.GatewayApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 01.2 Find the failure: a checkout fails deep in the chain, and the customer only sees the gateway's answer. That
 * answer must carry the trace id, so the one trace of the request shows where it failed; and the defect must be
 * fixed in the service where it lives.
 */
@Exercise("01.2")
class FindTheFailureTest {

    private final Shop shop = Shop.running();

    /** For the problem of an empty cart's checkout; prepared outside the request whose trace is checked. */
    @BeforeEach
    void graceHasAnEmptyCart() {
        Shopper.withEmptyCart("grace");
    }

    @Test
    void aCartWithTheGiftCardCanBeCheckedOut() {
        Shopper ada = Shopper.withEmptyCart("ada");
        String tea = ada.physicalProducts().stream().filter(sku -> sku.startsWith("TEA-")).findFirst().orElseThrow();
        ada.adds(Shopper.GIFT_CARD, 1).adds(tea, 1);

        Answer answer = ada.checksOut("tok_visa");

        assertThat(answer.status()).as(lookAt("01.2", "a checkout of the gift card and a tea answered " + answer
                        + ". Find the service where it failed first: open the trace of this request (its traceId,"
                        + " once the gateway's problems carry one) or read the logs of the services the checkout"
                        + " calls; fix the defect in the service where it lives"))
                .isEqualTo(201);
        assertThat(answer.as(Order.class).lines()).extracting(Order.Line::sku)
                .as(lookAt("01.2", "the order must hold both products of the cart"))
                .containsExactly(Shopper.GIFT_CARD, tea);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problemsOfTheGateway")
    void everyProblemOfTheGatewayCarriesTheTraceIdOfItsRequest(Supplier<Answer> request) {
        assertTheProblemCarriesTheTraceIdOfItsRequest(request);
    }

    @Test
    void aServiceTheGatewayCannotReachIsAProblemWithTheTraceIdToo() {
        int nobodyListens = Ports.free(1).get(0);
        try (ConfigurableApplicationContext gateway = shop.start(GatewayApplication.class,
                Map.of("shop.services.recommendations.url", "http://localhost:" + nobodyListens))) {
            ShopClient customer = new ShopClient(Shop.url(gateway));

            Answer answer = assertTheProblemCarriesTheTraceIdOfItsRequest(
                    () -> customer.get("/api/products/{sku}/recommendations", Shopper.GIFT_CARD));

            assertThat(answer.status()).as("recommendations cannot be reached: " + answer).isEqualTo(503);
        }
    }

    private static Answer assertTheProblemCarriesTheTraceIdOfItsRequest(Supplier<Answer> request) {
        Answer[] answer = new Answer[1];
        String traceOfTheRequest = Traces.reaching("gateway",
                CapturedSpans.during(() -> answer[0] = request.get()).traces()).traceId();

        Problem problem = answer[0].problem();
        assertThat(problem.traceId()).as(lookAt("01.2", "the gateway answered " + answer[0] + ", and its"
                        + " request made trace " + traceOfTheRequest + ". With that traceId in the problem, a customer"
                        + " who reports the error tells you which trace to open: add the current trace id to every"
                        + " problem the gateway answers"))
                .isEqualTo(traceOfTheRequest);
        return answer[0];
    }

    static Stream<Named<Supplier<Answer>>> problemsOfTheGateway() {
        ShopClient gateway = Shop.running().gateway();
        return Stream.of(
                named("an unknown product (the catalog's 404)", () -> gateway.get("/api/products/NO-SUCH-SKU")),
                named("a quantity of 100 (the cart's 400)", () -> gateway.put("/api/carts/ada/items/{sku}",
                        Map.of("quantity", 100), Shopper.GIFT_CARD)),
                named("malformed JSON (the gateway's own 400)", () -> gateway.post("/api/orders", "{\"customerId")),
                named("an unknown path (the gateway's own 404)", () -> gateway.get("/api/nothing-here")),
                named("an empty cart (the orders service's 422)", () -> gateway.post("/api/orders",
                        Map.of("customerId", "grace", "paymentToken", "tok_visa"))));
    }

    @Test
    void shippingItselfAcceptsAParcelWithoutWeight() {
        String tea = "TEA-EARLGREY-100G";
        Answer answer = shop.client("shipping").post("/shipments", Map.of(
                "orderId", "ord-giftcardtest",
                "address", Map.of("street", "1 Analytical Row", "postalCode", "N1 9GU", "city", "London",
                        "country", "GB"),
                "parcels", List.of(
                        Map.of("sku", Shopper.GIFT_CARD, "quantity", 1),
                        Map.of("sku", tea, "quantity", 2, "weightGrams", 100))));

        assertThat(answer.status()).as(lookAt("01.2", "shipping answered " + answer + " for a parcel with a"
                        + " digital product in it (no weightGrams). Fix it in shipping, where the defect lives,"
                        + " not around it in orders: what does a digital product weigh?"))
                .isEqualTo(201);
        assertThat(answer.as(Shipment.class).weightGrams()).as(lookAt("01.2", "the parcel weighs what its physical"
                + " products weigh: two teas of 100 g and a gift card")).isEqualTo(200);
    }
}
