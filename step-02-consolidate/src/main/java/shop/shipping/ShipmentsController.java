package shop.shipping;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The shipping service's HTTP API, at the same paths as in step 01. */
@RestController
class ShipmentsController {

    private final Shipping shipping;

    ShipmentsController(Shipping shipping) {
        this.shipping = shipping;
    }

    @PostMapping("/shipments")
    @ResponseStatus(HttpStatus.CREATED)
    Shipment book(@Valid @RequestBody ShipmentRequest request) {
        return shipping.book(request);
    }

    @GetMapping("/shipments")
    List<Shipment> forOrder(@RequestParam String orderId) {
        return shipping.forOrder(orderId);
    }
}
