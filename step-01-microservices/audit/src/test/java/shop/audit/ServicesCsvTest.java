package shop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServicesCsvTest {

    private final List<ServiceFacts> shop = ServicesCsv.read();

    @Test
    void lists_the_eleven_services_of_the_shop() {
        assertThat(shop).extracting(ServiceFacts::service).containsExactly("gateway", "catalog", "pricing",
                "inventory", "cart", "orders", "payments", "shipping", "customers", "notifications", "recommendations");
    }

    @Test
    void today_one_team_builds_and_ships_everything_the_same_way() {
        assertThat(shop).extracting(ServiceFacts::owningTeam).containsOnly("shop-team");
        assertThat(shop).extracting(ServiceFacts::deploysPerMonth).containsOnly(2);
        assertThat(shop).extracting(ServiceFacts::scalingProfile).containsOnly("steady");
        assertThat(shop).extracting(ServiceFacts::stack).containsOnly("java-spring");
        assertThat(shop).extracting(ServiceFacts::complianceScope).containsOnly("none");
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
