package shop.cart.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import shop.cart.Cart;
import shop.web.PathIds;

/** The customer's cart, in the shop's public API. */
@RestController
@RequestMapping("/api/carts/{customerId}")
class CartController {

    private final CartItems carts;

    private final CatalogClient catalog;

    CartController(CartItems carts, CatalogClient catalog) {
        this.carts = carts;
        this.catalog = catalog;
    }

    @GetMapping
    Cart cart(@PathVariable @Pattern(regexp = PathIds.CUSTOMER, message = PathIds.CUSTOMER_MESSAGE) String customerId) {
        return carts.find(customerId);
    }

    @PutMapping("/items/{sku}")
    Cart changeQuantity(@PathVariable @Pattern(regexp = PathIds.CUSTOMER, message = PathIds.CUSTOMER_MESSAGE) String customerId, @PathVariable @Pattern(regexp = PathIds.SKU, message = PathIds.SKU_MESSAGE) String sku,
            @Valid @RequestBody QuantityChange change) {
        catalog.requireProduct(sku);
        carts.put(customerId, sku, change.quantity());
        return carts.find(customerId);
    }

    @DeleteMapping("/items/{sku}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable @Pattern(regexp = PathIds.CUSTOMER, message = PathIds.CUSTOMER_MESSAGE) String customerId, @PathVariable @Pattern(regexp = PathIds.SKU, message = PathIds.SKU_MESSAGE) String sku) {
        carts.remove(customerId, sku);
    }
}
