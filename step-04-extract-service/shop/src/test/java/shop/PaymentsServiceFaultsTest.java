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
                fault("payments-service goes down", shop::stopPaymentsService, shop::startPaymentsService),
                fault("the connection to payments-service is reset", shop::resetChargeConnections,
                        shop::passEverythingOn),
                fault("payments-service charges, but answers after the shop stopped waiting",
                        shop::answerChargesTooLate, shop::passEverythingOn));
    }

    /**
     * A fault injected behind a proxy that has forgotten earlier requests: it met the checkout if the proxy saw a
     * charge.
     */
    private Fault fault(String name, Runnable inject, Runnable heal) {
        return new Fault(name, () -> {
            shop.passEverythingOn();
            inject.run();
        }, () -> shop.requestsToPaymentsService().contains("POST /payments"), heal);
    }

    @Override
    public Description whatToLookAt(String failure) {
        return lookAt("04.5", failure + ". When payments-service cannot be reached, or its answer is lost, nobody"
                + " knows whether it charged: keep the order as PAYMENT_PENDING with its stock, answer 202 Accepted,"
                + " and charge it with the same idempotency key when payments answers again");
    }
}
