package shop;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import workshop.support.exercise.Exercise;

import org.springframework.beans.factory.annotation.Autowired;

import shop.shipping.RefusingShipping;
import shop.shipping.RefusingShipping.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 02.4 Transactions come back: the modules share one database, so a checkout can be one local transaction. When
 * shipping refuses after the customer has paid, everything the checkout did rolls back by itself: no charge, no
 * stock held, no order, and no compensation code to write, test and get wrong.
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

        List<Refusal> refused = shipping.refusingWhile(() -> answer[0] = linus.checksOut("tok_visa"));

        assertThat(answer[0].status()).as(lookAt("02.4", "shipping refused, so the checkout must answer with a"
                        + " 502 or 503 problem, got " + answer[0]))
                .isIn(502, 503);
        assertThat(answer[0].problem().title()).as(lookAt("02.4", "the problem needs a title")).isNotBlank();
        assertThat(refused).as(lookAt("02.4", "shipping should have been asked for one parcel")).hasSize(1);
        Refusal refusal = refused.get(0);
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
    }

    @Test
    void ordersUndoesNothingByHand() {
        List<String> compensations = List.of(
                methodsNamed("shop.orders.PaymentsClient", "refund"),
                methodsNamed("shop.orders.InventoryClient", "release")).stream().flatMap(List::stream).toList();

        assertThat(compensations).as(lookAt("02.4", "orders still has the means to undo a checkout by hand: "
                        + compensations + ". With one transaction, a rollback undoes it: delete them"))
                .isEmpty();
    }

    /** The methods of that name in the class, as {@code Class.method}; none when the class is gone. */
    private static List<String> methodsNamed(String className, String method) {
        try {
            return Arrays.stream(Class.forName(className).getDeclaredMethods())
                    .filter(declared -> declared.getName().equals(method))
                    .map(declared -> className.substring(className.lastIndexOf('.') + 1) + "." + method)
                    .toList();
        } catch (ClassNotFoundException gone) {
            return List.of();
        }
    }
}
