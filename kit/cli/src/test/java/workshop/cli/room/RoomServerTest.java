package workshop.cli.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The room as the conference network meets it: reports with the code count, anything else is a problem. */
class RoomServerTest {

    private static final String CODE = "K7QX2M";
    private static final String ADA = "{\"trainee\":\"00000000000000a1\",\"name\":\"Ada\",\"verdicts\":{\"01.1\":\"done\"}}";
    private static final String ANONYMOUS = "{\"trainee\":\"00000000000000b2\",\"verdicts\":{\"01.1\":\"pending\"}}";

    private RoomServer room;

    @BeforeEach
    void open() throws IOException {
        room = new RoomServer(CODE, List.of("01.1", "01.2"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Clock.fixed(Instant.parse("2026-12-04T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        room.close();
    }

    @Test
    void a_report_with_the_code_shows_its_verdicts_and_a_name_only_when_the_trainee_gave_one() throws Exception {
        assertThat(post(CODE, "application/json", ADA).statusCode()).isEqualTo(204);
        assertThat(post(CODE, "application/json", ANONYMOUS).statusCode()).isEqualTo(204);

        JsonNode progress = JsonMapper.builder().build().readTree(get("/api/progress").body());
        assertThat(progress.path("trainees").findValuesAsString("label")).containsExactly("Ada", "trainee 2");
        assertThat(progress.path("trainees").get(0).path("verdicts").path("01.1").asString()).isEqualTo("done");
        assertThat(room.table()).anySatisfy(line -> assertThat(line).startsWith("Ada").contains("✓"));
    }

    @Test
    void a_stranger_a_wrong_body_and_a_flood_get_problems_and_change_nothing() throws Exception {
        String before = get("/api/progress").body();

        assertProblem(post("WRONG1", "application/json", ADA), 401);
        assertProblem(post(CODE, "text/plain", ADA), 415);
        assertProblem(post(CODE, "application/json", "{\"trainee\": \"" + "a".repeat(5000) + "\"}"), 413);
        assertProblem(post(CODE, "application/json", "{not json"), 400);
        assertProblem(post(CODE, "application/json", "[1, 2]"), 400);
        assertProblem(post(CODE, "application/json", ADA.replace("01.1", "99.9")), 400);
        assertProblem(post(CODE, "application/json", ADA.replace("Ada", "<script>")), 400);
        assertProblem(post(CODE, "application/json", ADA.replace("\"name\"", "\"code\"")), 400);
        assertThat(get("/api/progress").body()).isEqualTo(before);

        for (int i = 0; i < RoomServer.POSTS_PER_WINDOW; i++) {
            post(CODE, "application/json", "{}");
        }
        HttpResponse<String> flooded = post(CODE, "application/json", ADA);
        assertProblem(flooded, 429);
        assertThat(flooded.headers().firstValue("Retry-After")).isPresent();
        assertThat(get("/api/progress").body()).isEqualTo(before);
    }

    private static void assertProblem(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).contains("\"title\"");
    }

    private HttpResponse<String> post(String code, String type, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/progress"))
                .header("Authorization", "Bearer " + code).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + room.port() + path);
    }
}
