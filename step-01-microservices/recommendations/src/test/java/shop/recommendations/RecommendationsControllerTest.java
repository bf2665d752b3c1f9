package shop.recommendations;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/** Recommendations on its own database, with a stand-in catalog for the product names. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationsControllerTest {

    private static final WireMockServer catalog = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    @Value("${local.server.port}")
    private int port;

    private RestClient client;

    @DynamicPropertySource
    static void catalog(DynamicPropertyRegistry properties) {
        catalog.start();
        properties.add("shop.services.catalog.url", catalog::baseUrl);
    }

    @AfterAll
    static void stopCatalog() {
        catalog.stop();
    }

    @BeforeEach
    void client() {
        catalog.resetAll();
        client = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {
                })
                .build();
    }

    @Test
    void recommendsWhatWasBoughtTogetherStrongestFirst() {
        catalog.stubFor(get(urlPathEqualTo("/products")).willReturn(okJson("""
                [{"sku": "FILTER-PAPERS-100", "name": "Filter papers"},
                 {"sku": "GRINDER-HAND", "name": "Hand grinder"},
                 {"sku": "COF-ETHIOPIA-250G", "name": "Ethiopia Yirgacheffe"}]""")));

        JsonNode recommendations = recommendationsFor("COF-ETHIOPIA-250G").getBody();

        assertThat(recommendations.findValuesAsString("name")).containsExactly("Hand grinder", "Filter papers");
    }

    @Test
    void aProductTheCatalogDoesNotKnowIsANotFoundProblem() {
        catalog.stubFor(get(urlPathEqualTo("/products")).willReturn(okJson("[]")));

        ResponseEntity<JsonNode> answer = recommendationsFor("NO-SUCH-SKU");

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getBody().get("title").asString()).isEqualTo("Unknown product");
    }

    @Test
    void aFailingCatalogIsABadGatewayProblem() {
        catalog.stubFor(get(urlPathEqualTo("/products")).willReturn(aResponse().withStatus(500)));

        ResponseEntity<JsonNode> answer = recommendationsFor("COF-ETHIOPIA-250G");

        assertThat(answer.getStatusCode().value()).isEqualTo(502);
        assertThat(answer.getBody().get("detail").asString()).startsWith("catalog");
    }

    private ResponseEntity<JsonNode> recommendationsFor(String sku) {
        return client.get().uri("/recommendations/{sku}", sku).retrieve().toEntity(JsonNode.class);
    }
}
