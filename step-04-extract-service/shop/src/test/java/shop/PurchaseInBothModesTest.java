package shop;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.StandardEnvironment;

import shop.ShopState.Payment;
import shop.payments.PaymentsLedger;
import shop.payments.internal.PaymentsOverHttp;
import workshop.support.exercise.Exercise;

/**
 * Where payments runs is decided when the shop is deployed, by one property, {@code shop.payments.mode}: in the shop's
 * process, or in payments-service. A customer cannot tell: the same purchase, with a card stored first, works the same
 * in both, and the charge is made where the mode says.
 */
@Exercise("04.4")
class PurchaseInBothModesTest {

    @ParameterizedTest(name = "shop.payments.mode={0}")
    @ValueSource(strings = {ShopWithPayments.IN_PROCESS, ShopWithPayments.REMOTE})
    void aCustomerStoresACardAndPaysWithItWhereverPaymentsRuns(String mode) {
        ShopWithPayments shop = ShopWithPayments.inMode(mode);
        Shopper grace = shop.shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);

        Answer stored = shop.publicApi().post("/api/customers/grace/cards",
                new NewCard("4000056655665556", 11, 2031));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String card = stored.as(StoredCard.class).token();
        Answer answer = grace.checksOut(card);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        Order order = answer.as(Order.class);
        List<Payment> inTheShop = shop.chargesInTheShopFor(order.orderId());
        List<Payment> inPaymentsService = shop.chargesInPaymentsServiceFor(order.orderId());
        String where = "the charge for order " + order.orderId() + " is in the shop's schema payments " + inTheShop
                + " and in payments-service's database " + inPaymentsService;
        if (shop.isRemote()) {
            assertThat(inPaymentsService)
                    .as(lookAt("04.4", "with shop.payments.mode=remote, payments-service charges, not the shop, but "
                            + where + ". Let shop.payments.mode choose the Payments bean of the shop: PaymentsLedger"
                            + " in-process, PaymentsOverHttp remote"))
                    .singleElement()
                    .satisfies(payment -> assertThat(payment.amountCents()).isEqualTo(order.totalCents()));
            assertThat(inTheShop).as(lookAt("04.4", where)).isEmpty();
        } else {
            assertThat(inTheShop).as(lookAt("04.4", "with shop.payments.mode=in-process the shop charges in its own"
                    + " process, but " + where)).singleElement()
                    .satisfies(payment -> assertThat(payment.amountCents()).isEqualTo(order.totalCents()));
        }
        assertThat(order.paymentId()).as("the order's payment").isNotBlank();
        List<Class<?>> payments = shop.paymentsBeans();
        assertThat(payments)
                .as(lookAt("04.4", "with shop.payments.mode=" + mode + " the shop's Payments beans are "
                        + payments.stream().map(Class::getSimpleName).toList() + ": let the mode choose one, not"
                        + " outrank the other, so that the other's code is not in the shop's process (remote is"
                        + " there to take PaymentsLedger, which keeps cards, out of it)"))
                .containsExactly(shop.isRemote() ? PaymentsOverHttp.class : PaymentsLedger.class);
    }

    @Test
    void theShopAsDeployedRunsPaymentsInPaymentsService() {
        StandardEnvironment deployed = new StandardEnvironment();
        ConfigDataEnvironmentPostProcessor.applyTo(deployed);

        assertThat(deployed.getProperty("shop.payments.mode"))
                .as(lookAt("04.4", "shop.payments.mode of the shop started with nothing but its own configuration:"
                        + " the audited deployment keeps card numbers out of the shop's process, so the shop's"
                        + " application.properties chooses remote, and in-process is what a developer asks for"))
                .isEqualTo(ShopWithPayments.REMOTE);
    }

    record NewCard(String cardNumber, int expiryMonth, int expiryYear) {
    }

    record StoredCard(String token, String customerId, String lastFour) {
    }
}
