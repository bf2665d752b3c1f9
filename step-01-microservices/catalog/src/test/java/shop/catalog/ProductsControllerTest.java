package shop.catalog;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The catalog on its own database, seeded by its migrations. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProductsControllerTest {

    private final RestTestClient catalog;

    ProductsControllerTest(@LocalServerPort int port) {
        catalog = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void listsTheWholeCatalogue() {
        catalog.get().uri("/products").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(12)
                .jsonPath("$[?(@.sku == 'COF-ETHIOPIA-250G')].weightGrams").isEqualTo(250);
    }

    @Test
    void aDigitalProductHasNoWeight() {
        catalog.get().uri("/products/GIFT-CARD-25").exchange()
                .expectStatus().isOk()
                .expectBody().json("""
                        {"sku": "GIFT-CARD-25", "name": "Gift card 25 EUR", "weightGrams": null}""");
    }

    @Test
    void anUnknownProductIsANotFoundProblem() {
        catalog.get().uri("/products/NO-SUCH-SKU").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"status": 404, "title": "Unknown product",
                         "detail": "There is no product NO-SUCH-SKU in the catalog."}""");
    }
}
