package shop;

import java.util.List;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.beans.factory.annotation.Autowired;

import shop.shipping.RefusingShipping;
import shop.shipping.RefusingShipping.Booking;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 02.4 Transactions come back: the modules share one database, so a checkout can be one local transaction. When
 * shipping refuses after the customer has paid, everything the checkout did rolls back by itself: no charge, no
 * stock held, no order, and no compensation code to write, test and get wrong. A placed order empties the cart and
 * confirms in the same transaction.
 */
@Exercise("02.4")
class OneTransactionTest extends ShopTest {

    /** The shipping module, with a switch to make it refuse (see ShopTest). */
    @Autowired
    private RefusingShipping shipping;

    @Test
    void shippingRefusingAfterPaymentLeavesNoTraceInTheDatabase() {
        ShopState state = state();
        Shopper linus = shopperWithEmptyCart("linus");
        String product = linus.physicalProducts().get(0);
        linus.adds(product, 2);
        int inStock = state.available(product);
        Answer[] answer = new Answer[1];

        List<Booking> refused = shipping.refusingWhile(() -> answer[0] = linus.checksOut("tok_visa"));

        assertThat(answer[0].status()).as(lookAt("02.4", "shipping refused, so the checkout must answer with a"
                        + " 502 or 503 problem, got " + answer[0]))
                .isIn(502, 503);
        assertThat(answer[0].problem().title()).as(lookAt("02.4", "the problem needs a title")).isNotBlank();
        assertThat(refused).as(lookAt("02.4", "shipping should have been asked for one parcel")).hasSize(1);
        Booking refusal = refused.get(0);
        String order = refusal.orderId();
        List<String> payments = state.paymentsFor(order).stream().map(ShopState.Payment::status).toList();
        assertThat(payments).as(lookAt("02.4", "shipping refused order " + order + " after the customer paid,"
                        + " and the database still holds its payments " + payments + ": the checkout undid its"
                        + " steps by hand. Make the checkout one local transaction, so that a failure rolls back"
                        + " everything it did"))
                .isEmpty();
        assertThat(state.ordersWithId(order)).as(lookAt("02.4", "order " + order + " should not be stored")).isZero();
        assertThat(state.reservationsFor(order)).as(lookAt("02.4", "no stock should be held for " + order)).isZero();
        assertThat(state.available(product)).as(lookAt("02.4", "the stock of " + product + " should be untouched"))
                .isEqualTo(inStock);
        assertThat(linus.cart().items()).as(lookAt("02.4", "the cart is kept for another try")).isNotEmpty();
        assertThat(refusal.inTransaction()).as(lookAt("02.4", "shipping refused order " + order + " outside any"
                        + " transaction, so what the checkout did before was undone by some other means. Make the"
                        + " checkout one local transaction"))
                .isTrue();
        assertThat(refusal.paid()).as(lookAt("02.4", "shipping was asked to ship order " + order + " before its"
                        + " payment was captured: the checkout still reserves, charges, then ships, in that order;"
                        + " the transaction undoes the charge"))
                .isTrue();
        assertThat(refusal.writtenAfterwards()).as(lookAt("02.4", "after shipping refused order " + order + ", the"
                        + " checkout still wrote to " + refusal.writtenAfterwards() + " before its transaction rolled"
                        + " back: that is compensation (a refund, a release, a FAILED order), and the rollback takes"
                        + " it back with the rest. Let the failure end the transaction, with nothing undone by hand"))
                .isEmpty();
    }

    @Test
    void aPlacedOrderEmptiesTheCartAndConfirmsInsideItsTransaction() {
        Shopper grace = shopperWithEmptyCart("grace");
        grace.adds(grace.physicalProducts().get(0), 1);
        Order[] order = new Order[1];

        List<Booking> booked = shipping.watchingWhile(() -> order[0] = grace.checksOutSuccessfully());

        assertThat(booked).as(lookAt("02.4", "shipping should have been asked for one parcel")).hasSize(1);
        Booking booking = booked.get(0);
        assertThat(booking.inTransaction()).as(lookAt("02.4", "order " + order[0].orderId() + " was placed outside"
                        + " any transaction. Make the checkout one local transaction"))
                .isTrue();
        assertThat(booking.writtenAfterwards()).as(lookAt("02.4", "after shipping booked the parcel of order "
                        + order[0].orderId() + ", its transaction wrote to " + booking.writtenAfterwards() + " only:"
                        + " emptying the cart and storing the confirmation ran outside it, so they would stay even if"
                        + " the checkout rolled back. A transaction belongs to a thread: call them one after another"
                        + " in the checkout's thread, after shipping"))
                .contains("cart.cart_items", "notifications.notifications");
    }
}
