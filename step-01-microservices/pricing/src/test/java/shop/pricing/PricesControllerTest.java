package shop.pricing;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Pricing on its own database, seeded by its migrations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PricesControllerTest {

    private final RestTestClient pricing;

    PricesControllerTest(@LocalServerPort int port) {
        pricing = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aPriceIsInCentsAndEuros() {
        pricing.get().uri("/prices/TEA-SENCHA-100G").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"sku": "TEA-SENCHA-100G", "unitPriceCents": 890, "currency": "EUR"}""");
    }

    @Test
    void anUnknownProductHasNoPrice() {
        pricing.get().uri("/prices/NO-SUCH-SKU").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"status": 404, "title": "Unknown product", "detail": "There is no price for NO-SUCH-SKU."}""");
    }
}
