package shop.recommendations;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** Recommendations on its own database, with a stand-in catalog for the product names. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecommendationsControllerTest {

    private static final WireMockServer catalog = new WireMockServer(options().dynamicPort().http2PlainDisabled(true));

    private final RestTestClient recommendations;

    RecommendationsControllerTest(@LocalServerPort int port) {
        recommendations = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

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
    void resetCatalog() {
        catalog.resetAll();
    }

    @Test
    void recommendsWhatWasBoughtTogetherStrongestFirst() {
        catalog.stubFor(get("/products").willReturn(okJson("""
                [{"sku": "COF-ETHIOPIA-250G", "name": "Ethiopia Yirgacheffe"},
                 {"sku": "FILTER-PAPERS-100", "name": "Filter papers"},
                 {"sku": "GRINDER-HAND", "name": "Hand grinder"}]""")));

        recommendationsFor("COF-ETHIOPIA-250G")
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"sku": "GRINDER-HAND", "name": "Hand grinder"},
                         {"sku": "FILTER-PAPERS-100", "name": "Filter papers"}]""", JsonCompareMode.STRICT);
        // The client comes from Spring's RestClient.Builder, so the call carries the trace along.
        catalog.verify(getRequestedFor(urlEqualTo("/products")).withHeader("traceparent", matching("00-.+")));
    }

    @Test
    void aProductTheCatalogNoLongerSellsIsNotRecommended() {
        catalog.stubFor(get("/products").willReturn(okJson("""
                [{"sku": "COF-ETHIOPIA-250G", "name": "Ethiopia Yirgacheffe"},
                 {"sku": "FILTER-PAPERS-100", "name": "Filter papers"}]""")));

        recommendationsFor("COF-ETHIOPIA-250G")
                .expectStatus().isOk()
                .expectBody().json("""
                        [{"sku": "FILTER-PAPERS-100", "name": "Filter papers"}]""");
    }

    @Test
    void aProductTheCatalogDoesNotKnowIsANotFoundProblem() {
        catalog.stubFor(get("/products").willReturn(okJson("[]")));

        recommendationsFor("NO-SUCH-SKU")
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"status": 404, "title": "Unknown product",
                         "detail": "There is no product NO-SUCH-SKU in the catalog."}""");
    }

    @Test
    void aFailingCatalogIsABadGatewayProblem() {
        catalog.stubFor(get("/products").willReturn(aResponse().withStatus(500)));

        recommendationsFor("COF-ETHIOPIA-250G")
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"status": 502, "title": "Bad gateway", "detail": "catalog failed with status 500"}""");
    }

    private RestTestClient.ResponseSpec recommendationsFor(String sku) {
        return recommendations.get().uri("/recommendations/{sku}", sku).exchange();
    }
}
