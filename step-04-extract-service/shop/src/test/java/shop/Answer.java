package shop;

import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What the shop answered: the status, the headers and the JSON body, read as whatever the test expects. */
public record Answer(int status, HttpHeaders headers, String body) {

    private static final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Answer of(ResponseEntity<String> response) {
        return new Answer(response.getStatusCode().value(), response.getHeaders(), response.getBody());
    }

    public <T> T as(Class<T> type) {
        return json.readValue(body, type);
    }

    public <T> List<T> asListOf(Class<T> type) {
        return json.readValue(body, json.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** The RFC 9457 problem this answer carries; fails the test when it is none. */
    public Problem problem() {
        if (!MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(headers.getContentType())) {
            throw new AssertionError("Expected an application/problem+json answer, got " + status + " "
                    + headers.getContentType() + ": " + body);
        }
        return as(Problem.class);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
