package paymentsservice;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.payments.CardNumber;
import workshop.support.exercise.Exercise;

/**
 * The PCI-DSS scope stays small only if payments-service answers the shop and nobody else, and if the card numbers it
 * keeps stay in its database: a call without the shop's credential, or with a wrong one, is a 401 problem and
 * changes nothing, and the service's log shows a card by its last four digits only.
 */
@Exercise("04.6")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "payments-service.credential=the-shops-credential")
@ExtendWith(OutputCaptureExtension.class)
class KeepTheScopeSmallTest {

    private static final String CARD_NUMBER = "5555555555554444";

    private static final String CARD = """
            {"customerId": "grace", "cardNumber": "%s", "expiryMonth": 3, "expiryYear": 2031}""".formatted(CARD_NUMBER);

    private static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    private int port;

    @Autowired
    @Qualifier("paymentsJdbc")
    private JdbcClient payments;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no credential", "a wrong credential"})
    void aCallWithoutTheShopsCredentialIsRefused(String who) throws Exception {
        long cardsBefore = storedCards();

        HttpResponse<String> answer = storeCard(who.equals("no credential")
                ? Optional.empty() : Optional.of("Bearer somebody-elses-credential"));

        assertThat(answer.statusCode())
                .as(lookAt("04.6", "payments-service answered a call with " + who + " with " + answer.statusCode()
                        + ": only the shop, with its credential (payments-service.credential), may call it; anyone"
                        + " else gets a 401 problem"))
                .isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).as(lookAt("04.6", "a 401 is a problem response"))
                .hasValue("application/problem+json");
        assertThat(storedCards()).as(lookAt("04.6", "a refused call stores nothing")).isEqualTo(cardsBefore);
    }

    @Test
    void theServiceLogsACardByItsLastFourDigitsOnly(CapturedOutput log) throws Exception {
        HttpResponse<String> answer = storeCard(Optional.of("Bearer the-shops-credential"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(CardNumber.Check.findIn(log.getAll()).stream().map(CardNumber.Check::masked))
                .as(lookAt("04.6", "payments-service's log holds the whole card number: a log is read by more"
                        + " people, and kept by more systems, than the card vault. Log the last four digits only;"
                        + " the lines:\n" + linesWithCardNumbers(log)))
                .isEmpty();
        // A scanner finds the digits in a row; whoever reads the log also reads them in groups, backwards or decoded.
        assertThat(CardNumber.Check.waysToReadBack(CARD_NUMBER, log.getAll()))
                .as(lookAt("04.6", "payments-service's log shows the card ending 4444 in a form anyone can read back"
                        + " to its number, as good as the whole number to whoever reads the log. Log the last four"
                        + " digits only"))
                .isEmpty();
    }

    private HttpResponse<String> storeCard(Optional<String> authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cards"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CARD));
        authorization.ifPresent(credential -> request.header("Authorization", credential));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long storedCards() {
        return payments.sql("select count(*) from stored_cards").query(Long.class).single();
    }

    /** The lines of the log that hold a card number, with the numbers masked, so the failure does not leak them. */
    private static String linesWithCardNumbers(CapturedOutput log) {
        return log.getAll().lines().filter(line -> !CardNumber.Check.findIn(line).isEmpty())
                .map(CardNumber.Check::masked).collect(Collectors.joining("\n"));
    }
}
