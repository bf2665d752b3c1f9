package shop.inventory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Inventory on its own database: reservations are all or nothing, releases put stock back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InventoryControllerTest {

    private final RestTestClient inventory;

    InventoryControllerTest(@LocalServerPort int port) {
        inventory = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void aReservationTakesUnitsOutOfStockUntilItIsReleased() {
        int assam = available("TEA-ASSAM-250G");
        int mugs = available("MUG-STONEWARE");

        reserve("""
                {"orderId": "ord-reserve", "lines": [{"sku": "TEA-ASSAM-250G", "quantity": 2},
                                                     {"sku": "MUG-STONEWARE", "quantity": 1},
                                                     {"sku": "TEA-ASSAM-250G", "quantity": 1}]}""")
                .expectStatus().isCreated()
                .expectBody().json("""
                        {"reservationId": "res-ord-reserve", "orderId": "ord-reserve"}""");

        assertThat(available("TEA-ASSAM-250G")).isEqualTo(assam - 3);
        assertThat(available("MUG-STONEWARE")).isEqualTo(mugs - 1);

        inventory.delete().uri("/reservations/ord-reserve").exchange().expectStatus().isNoContent();
        inventory.delete().uri("/reservations/ord-reserve").exchange().expectStatus().isNoContent();

        assertThat(available("TEA-ASSAM-250G")).as("released once, however often asked").isEqualTo(assam);
        assertThat(available("MUG-STONEWARE")).isEqualTo(mugs);
    }

    @Test
    void whenOneLineIsShortNothingIsReserved() {
        int chamomile = available("TEA-CHAMOMILE-50G");
        int teapots = available("TEAPOT-CAST-IRON");

        reserve("""
                {"orderId": "ord-short", "lines": [{"sku": "TEA-CHAMOMILE-50G", "quantity": 1},
                                                   {"sku": "TEAPOT-CAST-IRON", "quantity": %d}]}"""
                .formatted(teapots + 1))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"status": 409, "title": "Out of stock",
                         "detail": "%d units of TEAPOT-CAST-IRON wanted, %d in stock."}"""
                        .formatted(teapots + 1, teapots));

        assertThat(available("TEA-CHAMOMILE-50G")).isEqualTo(chamomile);
        assertThat(available("TEAPOT-CAST-IRON")).isEqualTo(teapots);
    }

    @Test
    void anOrderReservesOnce() {
        String reservation = """
                {"orderId": "ord-twice", "lines": [{"sku": "FILTER-PAPERS-100", "quantity": 1}]}""";
        reserve(reservation).expectStatus().isCreated();
        int papers = available("FILTER-PAPERS-100");

        reserve(reservation)
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.title").isEqualTo("Already reserved");

        assertThat(available("FILTER-PAPERS-100")).isEqualTo(papers);
    }

    @Test
    void anUnknownProductCannotBeReserved() {
        int grinders = available("GRINDER-HAND");

        reserve("""
                {"orderId": "ord-unknown", "lines": [{"sku": "GRINDER-HAND", "quantity": 1},
                                                     {"sku": "NO-SUCH-SKU", "quantity": 1}]}""")
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Unknown product");

        assertThat(available("GRINDER-HAND")).isEqualTo(grinders);
    }

    @Test
    void anInvalidReservationNamesItsFields() {
        reserve("""
                {"orderId": "", "lines": [{"sku": "MUG-STONEWARE", "quantity": 0}, {"quantity": 100}, null]}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").<List<String>>value(fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("orderId", "lines[0].quantity", "lines[1].sku",
                                "lines[1].quantity", "lines[2]"));
    }

    /** Neither is "3" or 2.5 taken for 3 or 2: the service that sent it has a mistake to fix. */
    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(strings = { "\"two\"", "\"3\"", "2.5" })
    void aQuantityThatIsNotAWholeNumberIsNamed(String quantity) {
        reserve("""
                {"orderId": "ord-two", "lines": [{"sku": "MUG-STONEWARE", "quantity": %s}]}""".formatted(quantity))
                .expectStatus().isBadRequest()
                .expectBody().json("""
                        {"status": 400,
                         "errors": [{"field": "lines[0].quantity", "message": "must be a whole number"}]}""");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        reserve("{\"orderId\": ")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The request body is missing or is not valid JSON.");
    }

    @Test
    void anUnknownProductHasNoStock() {
        inventory.get().uri("/stock/NO-SUCH-SKU").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json("""
                        {"status": 404, "title": "Unknown product", "detail": "There is no stock of NO-SUCH-SKU."}""");
    }

    private RestTestClient.ResponseSpec reserve(String json) {
        return inventory.post().uri("/reservations").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private int available(String sku) {
        Stock stock = inventory.get().uri("/stock/{sku}", sku).exchange()
                .expectStatus().isOk()
                .expectBody(Stock.class).returnResult().getResponseBody();
        return stock.available();
    }
}
