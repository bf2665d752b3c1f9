package shop.recommendations.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import shop.orders.OrderPlaced;

/** Learns from every order placed which products go together: the recommendations' own copy of what they need. */
@Component
class OrdersBoughtTogether {

    private final BoughtTogether boughtTogether;

    OrdersBoughtTogether(BoughtTogether boughtTogether) {
        this.boughtTogether = boughtTogether;
    }

    @ApplicationModuleListener(id = "recommendations.count-bought-together")
    void on(OrderPlaced placed) {
        boughtTogether.countBoughtTogether(placed.lines().stream().map(OrderPlaced.Line::sku).toList());
    }
}
