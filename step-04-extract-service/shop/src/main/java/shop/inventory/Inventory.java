package shop.inventory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import shop.inventory.internal.Stock;
import shop.inventory.internal.StockLevels;

/** The inventory module's API: stock held for orders, all of an order's lines or none. */
@Service
public class Inventory {

    private final StockLevels stock;

    Inventory(StockLevels stock) {
        this.stock = stock;
    }

    /**
     * Takes every line out of stock in one transaction: when one line is short, the exception rolls back the lines
     * taken before it, so nothing is reserved.
     */
    @Transactional
    public Reservation reserve(ReservationRequest request) {
        if (stock.holdsStockFor(request.orderId())) {
            throw new AlreadyReserved(request.orderId());
        }
        request.quantityBySku().forEach((sku, quantity) -> {
            if (!stock.take(request.orderId(), sku, quantity)) {
                throw new OutOfStock(stock.of(sku).orElseThrow(() -> new UnknownProduct(sku)), quantity);
            }
        });
        return new Reservation("res-" + request.orderId(), request.orderId());
    }

    /** Gives the units held for an order back to the stock: for an order that will not be paid. */
    @Transactional
    public void release(String orderId) {
        stock.release(orderId);
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
