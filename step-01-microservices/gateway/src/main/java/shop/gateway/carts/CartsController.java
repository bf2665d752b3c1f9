package shop.gateway.carts;

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

import shop.gateway.PathIds;

/** The customer's cart. */
@RestController
@RequestMapping("/api/carts/{customerId}")
class CartsController {

    private final CartClient carts;

    CartsController(CartClient carts) {
        this.carts = carts;
    }

    @GetMapping
    Cart cart(@PathVariable @Pattern(regexp = PathIds.CUSTOMER, message = PathIds.CUSTOMER_MESSAGE)
            String customerId) {
        return carts.cart(customerId);
    }

    @PutMapping("/items/{sku}")
    Cart changeQuantity(
            @PathVariable @Pattern(regexp = PathIds.CUSTOMER, message = PathIds.CUSTOMER_MESSAGE) String customerId,
            @PathVariable @Pattern(regexp = PathIds.SKU, message = PathIds.SKU_MESSAGE) String sku,
            @RequestBody QuantityChange change) {
        return carts.changeQuantity(customerId, sku, change);
    }

    @DeleteMapping("/items/{sku}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(
            @PathVariable @Pattern(regexp = PathIds.CUSTOMER, message = PathIds.CUSTOMER_MESSAGE) String customerId,
            @PathVariable @Pattern(regexp = PathIds.SKU, message = PathIds.SKU_MESSAGE) String sku) {
        carts.remove(customerId, sku);
    }
}
