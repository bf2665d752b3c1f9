package shop.pricing;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pricing service's HTTP API, at the same paths as in step 01. */
@RestController
class PricesController {

    private final Prices prices;

    PricesController(Prices prices) {
        this.prices = prices;
    }

    /** The prices of the products named in {@code ?skus=A,B} (unknown ones are left out). */
    @GetMapping("/prices")
    List<Price> prices(@RequestParam List<String> skus) {
        return prices.forSkus(skus);
    }

    @GetMapping("/prices/{sku}")
    Price price(@PathVariable String sku) {
        return prices.forSku(sku);
    }
}
