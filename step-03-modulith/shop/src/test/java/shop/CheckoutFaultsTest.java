package shop;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import workshop.support.api.CheckoutFaults;
import workshop.support.api.ShopUnderTest;
import workshop.support.database.DatabaseFaults;

/**
 * kit-support's checkouts that meet a fault, here the connection to the shop's one database failing at each write of
 * the checkout, or slow at one: the checkout is one transaction, so it places a whole order or none.
 */
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
}
