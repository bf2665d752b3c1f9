package shop.inventory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/** The stock of every product, and the units held for orders until they ship. */
@Service
public class Inventory {

    private final JdbcClient jdbc;

    Inventory(@Qualifier("inventoryJdbc") JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many units of a product can still be sold; an unknown product is a 404 problem. */
    Stock stockOf(String sku) {
        return jdbc.sql("select sku, available from stock where sku = ?").param(sku).query(Stock.class).optional()
                .orElseThrow(() -> new UnknownProduct(sku));
    }

    /**
     * Takes every line out of stock in one transaction: when one line is short, the exception rolls back the lines
     * taken before it, so nothing is reserved.
     */
    @Transactional
    public Reservation reserve(ReservationRequest request) {
        if (holdsStockFor(request.orderId())) {
            throw new AlreadyReserved(request.orderId());
        }
        request.quantityBySku().forEach((sku, quantity) -> take(request.orderId(), sku, quantity));
        return new Reservation("res-" + request.orderId(), request.orderId());
    }

    private boolean holdsStockFor(String orderId) {
        return jdbc.sql("select exists (select 1 from reservations where order_id = ?)")
                .param(orderId)
                .query(Boolean.class)
                .single();
    }

    private void take(String orderId, String sku, int quantity) {
        // One statement checks and takes, so two orders cannot both take the last unit.
        int taken = jdbc.sql("update stock set available = available - :quantity"
                        + " where sku = :sku and available >= :quantity")
                .param("quantity", quantity)
                .param("sku", sku)
                .update();
        if (taken == 0) {
            throw new OutOfStock(stockOf(sku), quantity);
        }
        jdbc.sql("insert into reservations (order_id, sku, quantity) values (?, ?, ?)")
                .params(orderId, sku, quantity)
                .update();
    }

    static class OutOfStock extends ErrorResponseException {

        OutOfStock(Stock stock, int wanted) {
            super(HttpStatus.CONFLICT);
            getBody().setTitle("Out of stock");
            getBody().setDetail(wanted + " units of " + stock.sku() + " wanted, " + stock.available() + " in stock.");
        }
    }

    static class AlreadyReserved extends ErrorResponseException {

        AlreadyReserved(String orderId) {
            super(HttpStatus.CONFLICT);
            getBody().setTitle("Already reserved");
            getBody().setDetail("Order " + orderId + " already holds stock; release it before reserving again.");
        }
    }

    static class UnknownProduct extends ErrorResponseException {

        UnknownProduct(String sku) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown product");
            getBody().setDetail("There is no stock of " + sku + ".");
        }
    }
}
