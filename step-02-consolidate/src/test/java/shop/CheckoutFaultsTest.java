package shop;

import static workshop.support.exercise.Exercises.lookAt;

import java.util.List;

import org.assertj.core.description.Description;

import org.springframework.beans.factory.annotation.Autowired;

import workshop.support.api.CheckoutFaults;
import workshop.support.api.ShopUnderTest;
import workshop.support.database.DatabaseFaults;
import workshop.support.exercise.Exercise;

/**
 * 02.4 Transactions come back, tried with kit-support's checkouts that meet a fault: the connection to the database
 * fails at each write of the checkout, or is slow at one. As lifted, each module commits its own step, so a failure
 * after the payment leaves the customer charged for an order the shop never stored; as one transaction, a checkout
 * places a whole order or none.
 */
@Exercise("02.4")
class CheckoutFaultsTest extends ShopTest implements CheckoutFaults {

    @Autowired
    private DatabaseFaults database;

    @Override
    public ShopUnderTest shop() {
        return seededShop();
    }

    @Override
    public List<Fault> faults() {
        return Fault.ofTheDatabase(database);
    }

    @Override
    public Description whatToLookAt(String failure) {
        return lookAt("02.4", failure + ". Each step of the checkout commits on its own, so what a failure meets"
                + " half-way stays done: make the checkout one local transaction");
    }
}
