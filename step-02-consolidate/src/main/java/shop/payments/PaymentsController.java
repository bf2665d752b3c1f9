package shop.payments;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The payments service's HTTP API, at the same paths as in step 01. */
@RestController
class PaymentsController {

    private final Payments payments;

    PaymentsController(Payments payments) {
        this.payments = payments;
    }

    @PostMapping("/payments")
    @ResponseStatus(HttpStatus.CREATED)
    Payment charge(@Valid @RequestBody PaymentRequest request) {
        return payments.charge(request);
    }

    @PostMapping("/payments/{paymentId}/refund")
    Payment refund(@PathVariable String paymentId) {
        return payments.refund(paymentId);
    }

    @GetMapping("/payments")
    List<Payment> forOrder(@RequestParam String orderId) {
        return payments.forOrder(orderId);
    }
}
