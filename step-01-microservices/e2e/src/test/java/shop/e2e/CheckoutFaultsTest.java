package shop.e2e;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.assertj.core.description.Description;
import workshop.support.api.CheckoutFaults;
import workshop.support.api.ShopUnderTest;
import workshop.support.exercise.Exercise;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 01.4 Partial failure, tried with kit-support's checkouts that meet a fault, through the gateway of the whole shop:
 * a service the checkout needs goes down before the checkout reaches it, or payments is slow, within orders' timeouts.
 * Each service commits its own step, so a checkout that stops half-way leaves what the services before the failing one
 * did: stock reserved for no order, a customer charged for none. Orders must undo those steps; and once an order is
 * paid and shipped, it is placed, whatever fails after.
 * <p>
 * A service that goes down is taken off the network, and a stand-in on its port resets every connection, so the test
 * sees that the checkout called it.
 */
@Exercise("01.4")
class CheckoutFaultsTest implements CheckoutFaults {

    private final Shop shop = Shop.running();

    @Override
    public ShopUnderTest shop() {
        return shop.seededShop();
    }

    @Override
    public List<Fault> faults() {
        return List.of(goesDown("inventory"), goesDown("payments"), goesDown("shipping"), goesDown("notifications"),
                Fault.databaseSlowAt(shop.databaseFaults("payments"), "insert into payments", Duration.ofSeconds(1)));
    }

    @Override
    public Description whatToLookAt(String failure) {
        return lookAt("01.4", failure + ". Each service committed its step before the failing one: in orders'"
                + " checkout, undo those steps (release the stock, refund the payment) before answering; and an order"
                + " paid and shipped is placed, so store it before the steps that come after");
    }

    private Fault goesDown(String service) {
        WireMockServer standIn = new WireMockServer(options().port(shop.port(service)).http2PlainDisabled(true));
        return new Fault(service + " goes down (every connection to it is reset)",
                () -> {
                    shop.takeDown(service);
                    standIn.start();
                    standIn.stubFor(any(anyUrl()).willReturn(aResponse()
                            .withFault(CONNECTION_RESET_BY_PEER)));
                },
                () -> !standIn.getAllServeEvents().isEmpty(),
                () -> {
                    standIn.stop();
                    shop.bringBack(service);
                });
    }
}
