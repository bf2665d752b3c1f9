package shop;

import static workshop.support.exercise.Exercises.lookAt;

import java.util.List;

import org.assertj.core.description.Description;
import org.junit.jupiter.api.BeforeEach;

import workshop.support.api.CheckoutFaults;
import workshop.support.api.ShopUnderTest;
import workshop.support.exercise.Exercise;

/**
 * 04.5 Never lost, never twice, tried with kit-support's checkouts that meet a fault, with payments remote:
 * payments-service goes down, the connection to it is reset, or it charges and answers after the shop stopped
 * waiting. The shop cannot tell which: a checkout that rolls back then may leave a customer charged for an order the
 * shop never stored. Kept as {@code PAYMENT_PENDING} with its stock (202), the order is placed once payments-service
 * answers again, and never charged twice; kit-support's suite checks both databases, the shop's and
 * payments-service's.
 */
@Exercise("04.5")
class PaymentsServiceFaultsTest implements CheckoutFaults {

    private final ShopWithPayments shop = ShopWithPayments.inMode(ShopWithPayments.REMOTE);

    @BeforeEach
    void paymentsIsRemote() {
        shop.requireRemoteCharges("04.5", "");
    }

    @Override
    public ShopUnderTest shop() {
        return shop.seededShop();
    }

    @Override
    public List<Fault> faults() {
        return List.of(
                new Fault("payments-service goes down", () -> {
                    shop.passEverythingOn();
                    shop.stopPaymentsService();
                }, this::paymentsServiceWasAskedToCharge, shop::startPaymentsService),
                new Fault("the connection to payments-service is reset", () -> {
                    shop.passEverythingOn();
                    shop.resetChargeConnections();
                }, this::paymentsServiceWasAskedToCharge, shop::passEverythingOn),
                new Fault("payments-service charges, but answers after the shop stopped waiting", () -> {
                    shop.passEverythingOn();
                    shop.answerChargesTooLate();
                }, this::paymentsServiceWasAskedToCharge, shop::passEverythingOn));
    }

    @Override
    public Description whatToLookAt(String failure) {
        return lookAt("04.5", failure + ". When payments-service cannot be reached, or its answer is lost, nobody"
                + " knows whether it charged: keep the order as PAYMENT_PENDING with its stock, answer 202 Accepted,"
                + " and charge it with the same idempotency key when payments answers again");
    }

    private boolean paymentsServiceWasAskedToCharge() {
        return shop.requestsToPaymentsService().contains("POST /payments");
    }
}
