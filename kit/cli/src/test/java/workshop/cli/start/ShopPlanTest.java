package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ShopPlanTest {

    @Test
    void step_01_is_eleven_services_on_ports_8080_to_8090_with_the_gateway_as_public_api() {
        ShopPlan plan = ShopPlan.forStep(Path.of("/repo"), "01").orElseThrow();

        assertThat(plan.stepDir()).isEqualTo(Path.of("/repo/step-01-microservices"));
        assertThat(plan.services()).hasSize(11);
        assertThat(plan.services()).extracting(ServiceSpec::port).doesNotHaveDuplicates()
                .allMatch(port -> port >= 8080 && port <= 8090);
        assertThat(plan.services().get(0)).isEqualTo(
                new ServiceSpec("gateway", ShopPlan.PUBLIC_API_PORT, "gateway", "shop.gateway.GatewayApplication"));
        assertThat(plan.moduleDir(plan.services().get(1))).isEqualTo(Path.of("/repo/step-01-microservices/catalog"));
    }

    @Test
    void step_02_is_one_application_built_from_the_step_folder_with_the_public_api_on_8080() {
        ShopPlan plan = ShopPlan.forStep(Path.of("/repo"), "02").orElseThrow();

        assertThat(plan.services()).containsExactly(
                new ServiceSpec("shop", ShopPlan.PUBLIC_API_PORT, "", "shop.ShopApplication"));
        assertThat(plan.moduleDir(plan.services().get(0))).isEqualTo(Path.of("/repo/step-02-consolidate"));
    }

    @Test
    void main_classes_follow_the_service_name() {
        assertThat(ServiceSpec.named("recommendations", 8090).mainClass())
                .isEqualTo("shop.recommendations.RecommendationsApplication");
    }

    @Test
    void knows_only_the_steps_that_have_a_layout() {
        assertThat(ShopPlan.steps()).containsExactly("01", "02");
        assertThat(ShopPlan.forStep(Path.of("/repo"), "05")).isEmpty();
    }
}
