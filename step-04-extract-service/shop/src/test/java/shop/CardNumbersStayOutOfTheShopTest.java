package shop;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import shop.payments.CardNumber;
import workshop.support.exercise.Exercise;

/**
 * With payments in payments-service, the shop is out of PCI-DSS scope only if no card number stays in it: a card
 * passes through on its way to payments-service, and neither a table of the shop nor its log keeps it.
 */
@Exercise("04.6")
@ExtendWith(OutputCaptureExtension.class)
class CardNumbersStayOutOfTheShopTest {

    private static final String CARD = "4000002500003155";

    private final ShopWithPayments shop = ShopWithPayments.inMode(ShopWithPayments.REMOTE);

    @Test
    void aStoredCardLeavesNoNumberInTheShopsDatabaseOrLog(CapturedOutput log) {
        shop.requireRemoteCharges("04.6", ", and keeps the cards in its own database");
        Shopper ada = shop.shopperWithEmptyCart("ada");
        ada.adds(ada.physicalProducts().get(0), 1);

        Answer stored = shop.publicApi().post("/api/customers/ada/cards",
                new PurchaseInBothModesTest.NewCard(CARD, 9, 2032));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        Answer checkout = ada.checksOut(stored.as(PurchaseInBothModesTest.StoredCard.class).token());
        assertThat(checkout.status()).as(checkout.body()).isEqualTo(201);

        assertThat(shop.cardNumbersInTheShopsDatabase(CARD))
                .as(lookAt("04.6", "card numbers in the shop's database (table.column: number)"))
                .isEmpty();
        assertThat(CardNumber.Check.findIn(log.getAll()).stream().map(CardNumber.Check::masked))
                .as(lookAt("04.6", "the shop's log holds the card number it passed on: whoever reads the log is in"
                        + " PCI-DSS scope now. Log a card by its last four digits, or not at all; the lines:\n"
                        + linesWithCardNumbers(log)))
                .isEmpty();
        // A scanner finds the digits in a row; whoever reads the log also reads them in groups, backwards or decoded.
        assertThat(CardNumber.Check.waysToReadBack(CARD, log.getAll()))
                .as(lookAt("04.6", "the shop's log shows the card ending " + CARD.substring(CARD.length() - 4)
                        + " in a form anyone can read back to its number, which keeps the log in PCI-DSS scope as"
                        + " the plain digits would. Log a card by its last four digits, or not at all"))
                .isEmpty();
    }

    /** The lines of the log that hold a card number, with the numbers masked, so the failure does not leak them. */
    private static String linesWithCardNumbers(CapturedOutput log) {
        return log.getAll().lines().filter(line -> !CardNumber.Check.findIn(line).isEmpty())
                .map(CardNumber.Check::masked).collect(Collectors.joining("\n"));
    }
}
