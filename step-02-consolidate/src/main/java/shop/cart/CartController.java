package shop.cart;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The cart service's HTTP API, at the same paths as in step 01. */
@RestController
@RequestMapping("/carts/{customerId}")
class CartController {

    private final Carts carts;

    private final CatalogClient catalog;

    CartController(Carts carts, CatalogClient catalog) {
        this.carts = carts;
        this.catalog = catalog;
    }

    @GetMapping
    Cart cart(@PathVariable String customerId) {
        return carts.find(customerId);
    }

    @PutMapping("/items/{sku}")
    Cart changeQuantity(@PathVariable String customerId, @PathVariable String sku,
            @Valid @RequestBody QuantityChange change) {
        catalog.requireProduct(sku);
        carts.put(customerId, sku, change.quantity());
        return carts.find(customerId);
    }

    @DeleteMapping("/items/{sku}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String customerId, @PathVariable String sku) {
        carts.remove(customerId, sku);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void empty(@PathVariable String customerId) {
        carts.empty(customerId);
    }
}
