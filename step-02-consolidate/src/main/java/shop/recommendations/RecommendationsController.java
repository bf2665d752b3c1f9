package shop.recommendations;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The recommendations service's HTTP API, at the same path as in step 01. */
@RestController
class RecommendationsController {

    private final Recommendations recommendations;

    RecommendationsController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/recommendations/{sku}")
    List<Recommendation> recommendations(@PathVariable String sku) {
        return recommendations.forProduct(sku);
    }
}
