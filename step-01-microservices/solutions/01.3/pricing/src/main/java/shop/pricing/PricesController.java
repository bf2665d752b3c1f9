package shop.pricing;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PricesController {

    private final Prices prices;

    PricesController(Prices prices) {
        this.prices = prices;
    }

    /** In one call, the prices of the products named in {@code ?skus=A,B} (unknown ones left out). */
    @GetMapping("/prices")
    List<Price> prices(@RequestParam List<String> skus) {
        return prices.forSkus(skus);
    }

    @GetMapping("/prices/{sku}")
    Price price(@PathVariable String sku) {
        return prices.forSku(sku).orElseThrow(() -> new NoPrice(sku));
    }

    /** Answered as an RFC 9457 problem by Spring's own handler (spring.mvc.problemdetails.enabled). */
    static class NoPrice extends ErrorResponseException {

        NoPrice(String sku) {
            super(HttpStatus.NOT_FOUND);
            getBody().setTitle("Unknown product");
            getBody().setDetail("There is no price for " + sku + ".");
        }
    }
}
