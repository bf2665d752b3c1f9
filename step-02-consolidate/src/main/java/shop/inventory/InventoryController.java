package shop.inventory;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The inventory service's HTTP API, at the same paths as in step 01. */
@RestController
class InventoryController {

    private final Inventory inventory;

    InventoryController(Inventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/stock/{sku}")
    Stock stock(@PathVariable String sku) {
        return inventory.stockOf(sku);
    }

    @PostMapping("/reservations")
    @ResponseStatus(HttpStatus.CREATED)
    Reservation reserve(@Valid @RequestBody ReservationRequest request) {
        return inventory.reserve(request);
    }

    @DeleteMapping("/reservations/{orderId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable String orderId) {
        inventory.release(orderId);
    }
}
