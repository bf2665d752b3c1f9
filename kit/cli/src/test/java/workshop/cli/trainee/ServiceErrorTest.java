package workshop.cli.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceErrorTest {

    private static final Path LOG = Path.of("check-01.2.log");

    @Test
    void finds_the_first_exception_of_the_shops_code_with_its_log_line_and_first_frames() {
        List<String> log = List.of(
                "2026-12-03T19:08:24.117Z  WARN 1 --- [wiremock] : a stand-in refused, as the test asked",
                "java.net.SocketException: Connection reset",
                "\tat java.base/sun.nio.ch.NioSocketImpl.read(NioSocketImpl.java:1)",
                "2026-12-03T19:08:25.001Z ERROR 1 --- [shipping] : Servlet.service() threw exception",
                "java.lang.NullPointerException: weightGrams is null",
                "\tat shop.shipping.Parcels.book(Parcels.java:42)",
                "\tat shop.shipping.ShippingController.book(ShippingController.java:30)",
                "\tat jdk.internal.reflect.DirectMethodHandleAccessor.invoke(Unknown Source)",
                "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)",
                "\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(Unknown Source)");

        ServiceError error = ServiceError.in(LOG, log).orElseThrow();

        assertThat(error.log()).isEqualTo(LOG);
        assertThat(error.lines()).containsExactly(
                "2026-12-03T19:08:25.001Z ERROR 1 --- [shipping] : Servlet.service() threw exception",
                "java.lang.NullPointerException: weightGrams is null",
                "\tat shop.shipping.Parcels.book(Parcels.java:42)",
                "\tat shop.shipping.ShippingController.book(ShippingController.java:30)",
                "\tat jdk.internal.reflect.DirectMethodHandleAccessor.invoke(Unknown Source)",
                "\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)");
    }

    @Test
    void a_log_without_an_exception_of_the_shops_code_has_none() {
        assertThat(ServiceError.in(LOG, List.of("INFO all well", "java.lang.IllegalStateException: elsewhere",
                "\tat org.example.Library.run(Library.java:1)"))).isEmpty();
    }

    @Test
    void a_500_in_a_failure_is_the_sign_that_a_service_threw() {
        assertThat(ServiceError.signalledBy("The checkout failed: 500 {\"status\":500,\"error\":\"Internal Server Error\"}"))
                .isTrue();
        assertThat(ServiceError.signalledBy("expected 402 but was 409")).isFalse();
    }
}
