package workshop.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Sends {@link Attacks.Attack}s over HTTP/1.1, as a browser or a script would, and judges the answers. */
final class HostileClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String publicApi;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HostileClient(String publicApi) {
        this.publicApi = publicApi;
    }

    Answer send(Attacks.Attack attack) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(publicApi + attack.path()))
                .timeout(Duration.ofSeconds(20))
                .method(attack.method(), attack.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(attack.body()));
        if (attack.contentType() != null) {
            request.header("Content-Type", attack.contentType());
        }
        attack.headers().forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    record Answer(int status, String contentType, String body) {

        /**
         * An RFC 9457 problem with the status every step answers the attack with, which names the wrong field when the
         * attack has one.
         */
        void assertProblem(Attacks.Attack attack, long seed) {
            String what = attack + " (seed " + seed + ", -Dworkshop.hostile-input.seed=" + seed + ") answered "
                    + status + " " + contentType + ": " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
            assertThat(status).as(what + "; every step answers it with a " + attack.expectedStatus() + " problem")
                    .isEqualTo(attack.expectedStatus());
            assertThat(contentType).as(what + "; expected application/problem+json")
                    .startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("status").asInt()).as(what + "; its status must be the answer's").isEqualTo(status);
            assertThat(problem.path("title").asString("")).as(what + "; it has no title").isNotBlank();
            attack.wrongField().ifPresent(field -> assertThat(fields(problem))
                    .as(what + "; its errors must name the field " + field).contains(field));
        }

        private static List<String> fields(JsonNode problem) {
            List<String> fields = new ArrayList<>();
            problem.path("errors").forEach(error -> fields.add(error.path("field").asString("")));
            return fields;
        }
    }
}
