package shop.inventory;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

@Service
class Inventory {

    private final JdbcClient jdbc;

    Inventory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stock> stockOf(String sku) {
        return jdbc.sql("select sku, available from stock where sku = ?").param(sku).query(Stock.class).optional();
    }

    /** Takes every line out of stock in one transaction: when one line is short, nothing is reserved. */
    @Transactional
    Reservation reserve(ReservationRequest request) {
        for (ReservationRequest.Line line : request.lines()) {
            int taken = jdbc.sql("update stock set available = available - :quantity"
                            + " where sku = :sku and available >= :quantity")
                    .param("quantity", line.quantity())
                    .param("sku", line.sku())
                    .update();
            if (taken == 0) {
                throw stockOf(line.sku()).isPresent() ? new OutOfStock(line.sku()) : new UnknownProduct(line.sku());
            }
            jdbc.sql("insert into reservations (order_id, sku, quantity) values (?, ?, ?)")
                    .params(request.orderId(), line.sku(), line.quantity())
                    .update();
        }
        return new Reservation("res-" + request.orderId(), request.orderId());
    }

    /** Puts an order's reserved units back; releasing twice releases once. */
    @Transactional
    void release(String orderId) {
        List<ReservationRequest.Line> held = jdbc
                .sql("delete from reservations where order_id = ? returning sku, quantity")
                .param(orderId)
                .query(ReservationRequest.Line.class)
                .list();
        held.forEach(line -> jdbc.sql("update stock set available = available + ? where sku = ?")
                .params(line.quantity(), line.sku())
                .update());
    }

    static class OutOfStock extends ErrorResponseException {

        OutOfStock(String sku) {
            super(HttpStatus.CONFLICT);
            getBody().setTitle("Out of stock");
            getBody().setDetail("There are not enough units of " + sku + " in stock.");
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
