package shop;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * Calls the shop over HTTP like a customer's browser would: untraced, so the trace of a request starts in the
 * shop, and without throwing on error statuses, so a test can look at every problem.
 */
public final class ShopClient {

    /** Long enough for any request of a healthy shop; a test never hangs on a shop that does not answer. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final RestClient http;

    ShopClient(String baseUrl) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build());
        requests.setReadTimeout(PATIENCE);
        this.http = RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    public Answer get(String path, Object... variables) {
        return Answer.of(http.get().uri(path, variables).retrieve().toEntity(String.class));
    }

    public Answer delete(String path, Object... variables) {
        return Answer.of(http.delete().uri(path, variables).retrieve().toEntity(String.class));
    }

    /** Sends a JSON body: a record or map to be serialised, or a String sent as it is (to send broken JSON). */
    public Answer post(String path, Object body, Object... variables) {
        return Answer.of(http.post().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class));
    }

    public Answer put(String path, Object body, Object... variables) {
        return Answer.of(http.put().uri(path, variables).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().toEntity(String.class));
    }
}
