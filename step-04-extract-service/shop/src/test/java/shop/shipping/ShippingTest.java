package shop.shipping;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import shop.ShopTest;
import shop.shipping.ShipmentRequest.Address;
import shop.shipping.ShipmentRequest.Parcel;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipping module on its own, called as the other modules call it: a parcel is booked by weight. */
class ShippingTest extends ShopTest {

    private static final Address LONDON = new Address("12 St James's Square", "SW1Y 4JH", "London", "GB");

    @Autowired
    private Shipping shipping;

    @Test
    void aParcelWeighsWhatItsProductsWeigh() {
        Shipment shipment = shipping.book(new ShipmentRequest("ord-shippingtest1", LONDON, List.of(
                new Parcel("TEA-SENCHA-100G", 2, 100), new Parcel("MUG-STONEWARE", 1, 420))));

        assertThat(shipment.weightGrams()).isEqualTo(620);
        assertThat(shipment.trackingNumber()).startsWith("TRK");
    }

    @Test
    void aDigitalProductAddsNoWeight() {
        Shipment shipment = shipping.book(new ShipmentRequest("ord-shippingtest2", LONDON, List.of(
                new Parcel("GIFT-CARD-25", 1, null), new Parcel("TEA-EARLGREY-100G", 2, 100))));

        assertThat(shipment.weightGrams()).isEqualTo(200);
    }
}
