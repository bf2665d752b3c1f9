package paymentsservice;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import workshop.support.exercise.Exercise;

/**
 * The provider's side of the contract: every interaction the shop's adapter was tested against (the WireMock stubs in
 * {@code shop/payments/contract}, from the payments module) is sent to the real payments-service, which must answer as
 * the stub does: the same status, and a body with the same fields (those the service makes up, such as a payment id,
 * only present). When the two disagree, the adapter was tested against a service that does not exist.
 */
@Exercise("04.3")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "payments-service.credential=contract-credential")
class PaymentsServiceKeepsTheContractTest {

    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    static Stream<Named<StubMapping>> theContract() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath:shop/payments/contract/*.json");
        return Arrays.stream(files).map(PaymentsServiceKeepsTheContractTest::stub)
                .map(stub -> Named.of(stub.getName(), stub));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("theContract")
    void theServiceAnswersAsTheContractSays(StubMapping interaction) throws Exception {
        HttpResponse<String> answer = http.send(requestOf(interaction.getRequest()),
                HttpResponse.BodyHandlers.ofString());

        String said = "payments-service answers '" + interaction.getName() + "' with " + answer.statusCode() + " "
                + answer.body() + ", while the contract the shop's adapter was tested against says "
                + interaction.getResponse().getStatus() + " " + expectedBody(interaction);
        assertThat(answer.statusCode())
                .as(lookAt("04.3", said + ". Decide which side is right; the stubs pin what the shop relies on"))
                .isEqualTo(interaction.getResponse().getStatus());
        assertThat(fieldsMissingFrom(answer.body(), interaction))
                .as(lookAt("04.3", said + ". These fields differ or are missing"))
                .isEmpty();
    }

    /**
     * A contract can drift too: a stub changed to say what the service does passes the test above. What the shop
     * handles does not change with it, so a declined card is asked for here without a stub.
     */
    @Test
    void aDeclinedCardIsTheProblemTheShopHandles() throws Exception {
        HttpRequest charge = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/payments"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer contract-credential")
                .header("Idempotency-Key", "ord-grace-declined")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"customerId": "grace", "orderId": "ord-grace-declined", "amountCents": 990,
                         "currency": "EUR", "paymentToken": "tok_declined"}"""))
                .build();

        HttpResponse<String> answer = http.send(charge, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse(""))
                .as(lookAt("04.3", "payments-service answers a declined card with " + answer.statusCode() + " "
                        + answer.body() + ", but the shop's adapter makes PaymentDeclined of a 402 only, and the shop"
                        + " answers a declined card with a 402 problem itself: where the service and a stub disagree"
                        + " on it, change the service, not the stub"))
                .isEqualTo("402 application/problem+json");
    }

    /** The request the stub matches, with the values its patterns expect. */
    private HttpRequest requestOf(RequestPattern stub) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + stub.getUrl()));
        stub.getHeaders().forEach((name, value) -> request.header(name, value.getExpected()));
        String body = stub.getBodyPatterns() == null ? "" : stub.getBodyPatterns().get(0).getExpected();
        return request.method(stub.getMethod().getName(), HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * The fields of the stub's answer that the service's answer lacks or gives another value; a field the service
     * makes up (the stub's {@code generated} metadata) only has to be there.
     */
    private static List<String> fieldsMissingFrom(String answer, StubMapping interaction) {
        JsonNode actual = answer.isBlank() ? json.createObjectNode() : json.readTree(answer);
        JsonNode expected = json.readTree(expectedBody(interaction));
        List<String> generated = generatedFields(interaction);
        List<String> missing = new ArrayList<>();
        for (String field : expected.propertyNames()) {
            boolean kept = generated.contains(field)
                    ? actual.hasNonNull(field)
                    : expected.get(field).equals(actual.get(field));
            if (!kept) {
                missing.add(field);
            }
        }
        return missing;
    }

    private static String expectedBody(StubMapping interaction) {
        return interaction.getResponse().getJsonBody().toString();
    }

    private static List<String> generatedFields(StubMapping interaction) {
        if (interaction.getMetadata() == null || !interaction.getMetadata().containsKey("generated")) {
            return List.of();
        }
        return interaction.getMetadata().getList("generated").stream().map(String::valueOf).toList();
    }

    private static StubMapping stub(Resource file) {
        try {
            return StubMapping.buildFrom(file.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
