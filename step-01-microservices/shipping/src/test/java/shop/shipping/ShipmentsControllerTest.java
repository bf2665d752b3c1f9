package shop.shipping;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Shipping on its own database: a parcel is booked by weight. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShipmentsControllerTest {

    private static final String ADDRESS = """
            {"street": "12 St James's Square", "postalCode": "SW1Y 4JH", "city": "London", "country": "GB"}""";

    private final RestTestClient shipping;

    ShipmentsControllerTest(@LocalServerPort int port) {
        shipping = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void bookingAShipmentWeighsTheParcel() {
        Shipment shipment = book("""
                {"orderId": "ord-ship", "address": %s,
                 "parcels": [{"sku": "TEA-SENCHA-100G", "quantity": 2, "weightGrams": 100},
                             {"sku": "MUG-STONEWARE", "quantity": 1, "weightGrams": 420}]}""".formatted(ADDRESS))
                .expectStatus().isCreated()
                .expectBody(Shipment.class).returnResult().getResponseBody();

        assertThat(shipment.orderId()).isEqualTo("ord-ship");
        assertThat(shipment.weightGrams()).isEqualTo(620);
        assertThat(shipment.trackingNumber()).matches("TRK\\d{10}");
        shipping.get().uri("/shipments?orderId=ord-ship").exchange()
                .expectStatus().isOk()
                .expectBody(Shipment[].class).isEqualTo(new Shipment[] {shipment});
    }

    @Test
    void aShipmentNeedsAnAddressAndParcels() {
        book("""
                {"orderId": "ord-empty", "parcels": []}""")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").<List<String>>value(fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("address", "parcels"));
    }

    @Test
    void anInvalidAddressAndParcelNameTheirFields() {
        book("""
                {"orderId": "ord-invalid",
                 "address": {"street": "", "postalCode": "SW1Y 4JH", "city": "London", "country": "England"},
                 "parcels": [{"sku": "MUG-STONEWARE", "quantity": 0, "weightGrams": -420}, null]}""")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field").<List<String>>value(fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("address.street", "address.country", "parcels[0].quantity",
                                "parcels[0].weightGrams", "parcels[1]"));
    }

    @Test
    void aQuantityThatIsNotANumberIsNamed() {
        book("""
                {"orderId": "ord-two", "address": %s,
                 "parcels": [{"sku": "MUG-STONEWARE", "quantity": "two", "weightGrams": 420}]}""".formatted(ADDRESS))
                .expectStatus().isBadRequest()
                .expectBody().json("""
                        {"status": 400,
                         "errors": [{"field": "parcels[0].quantity", "message": "must be a whole number"}]}""");
    }

    @Test
    void shipmentsAreLookedUpByOrder() {
        shipping.get().uri("/shipments?orderId=ord-never-shipped").exchange()
                .expectStatus().isOk()
                .expectBody().json("[]");
        shipping.get().uri("/shipments").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private RestTestClient.ResponseSpec book(String json) {
        return shipping.post().uri("/shipments").contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }
}
