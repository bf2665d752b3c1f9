package shop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServicesCsvTest {

    @Test
    void lists_the_ten_modules_of_the_shop() {
        assertThat(ServicesCsv.read()).extracting(ServiceFacts::service).containsExactly("catalog", "pricing",
                "inventory", "cart", "orders", "payments", "shipping", "customers", "notifications", "recommendations");
    }

    @Test
    void reads_one_service_per_row_after_the_header() {
        List<ServiceFacts> parsed = ServicesCsv.parse(List.of(
                "service,owningTeam,deploysPerMonth,scalingProfile,stack,complianceScope",
                "search, search-team, 20, spiky-cpu, java-spring, none",
                ""));

        assertThat(parsed).containsExactly(
                new ServiceFacts("search", "search-team", 20, "spiky-cpu", "java-spring", "none"));
    }

    @Test
    void a_row_with_missing_cells_is_an_error_naming_the_row() {
        assertThatThrownBy(() -> ServicesCsv.parse(List.of("header", "search,search-team,20")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("search,search-team,20");
    }
}
