package shop;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import workshop.support.exercise.Exercise;
import workshop.support.hops.ServedRequests;
import workshop.support.hops.ServedRequests.ServedRequest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 02.3 The gateway dissolves: in one application the gateway is one more hop that only forwards. The public API
 * becomes the modules' own controllers, the internal HTTP API goes, and every request of the public API is served
 * without another request behind it.
 */
@Exercise("02.3")
class GatewayDissolvesTest extends ShopTest {

    /** The public API, the same in every step: method and path, each path variable written as {}. */
    private static final Set<String> PUBLIC_API = Set.of("GET /api/products", "GET /api/products/{}",
            "GET /api/products/{}/recommendations", "GET /api/carts/{}", "PUT /api/carts/{}/items/{}",
            "DELETE /api/carts/{}/items/{}", "POST /api/orders", "GET /api/orders/{}");

    /** Spring Boot's own error page, which answers whatever the shop's API is. */
    private static final String ERROR_PAGE = "/error";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;

    @Test
    void thereIsNoGatewayAnymore() throws IOException {
        Resource[] classes = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:shop/gateway/**/*.class");

        assertThat(Arrays.stream(classes).map(Resource::getFilename).sorted().toList())
                .as(lookAt("02.3", "the package shop.gateway still has classes. Serve each endpoint of the public"
                        + " API from the module that owns the answer, then delete the gateway"))
                .isEmpty();
    }

    @Test
    void theShopAnswersOnlyItsPublicApi() {
        Set<String> answered = controllers.getHandlerMethods().keySet().stream()
                .flatMap(GatewayDissolvesTest::endpoints)
                .filter(endpoint -> !endpoint.endsWith(" " + ERROR_PAGE))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> beyond = new TreeSet<>(answered);
        beyond.removeAll(PUBLIC_API);
        Set<String> missing = new TreeSet<>(PUBLIC_API);
        missing.removeAll(answered);

        assertThat(beyond).as(lookAt("02.3", "the shop still answers " + beyond.size() + " endpoint(s) beyond its"
                        + " public API: " + beyond + ". Nobody calls the modules' internal HTTP API anymore: map the"
                        + " public API onto the modules' controllers and delete what is left"))
                .isEmpty();
        assertThat(missing).as(lookAt("02.3", "the public API lost " + missing + ": it stays as it was in step 01,"
                        + " served by the modules' own controllers now"))
                .isEmpty();
    }

    /** Each method and path a mapping answers, as {@code GET /api/products/{}}; ANY for a mapping of every method. */
    private static Stream<String> endpoints(RequestMappingInfo mapping) {
        Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
        List<String> names = methods.isEmpty() ? List.of("ANY") : methods.stream().map(Enum::name).toList();
        return names.stream().flatMap(method -> mapping.getPatternValues().stream()
                .map(path -> method + " " + path.replaceAll("\\{[^}]*}", "{}")));
    }

    @ParameterizedTest
    @MethodSource("requestsOfThePublicApi")
    void everyRequestOfThePublicApiIsServedWithoutAnotherOne(Function<ShopClient, Answer> request, String method,
            String path) {
        shopperWithEmptyCart("ada");
        Answer[] answer = new Answer[1];

        List<ServedRequest> served = ServedRequests.during(() -> answer[0] = request.apply(publicApi()));

        assertThat(answer[0].status()).as(lookAt("02.3", method + " " + path + " must still answer as before, got "
                + answer[0])).isLessThan(300);
        ServedRequest customers = new ServedRequest("shop", method, path);
        List<ServedRequest> internal = served.stream().filter(other -> !other.equals(customers)).toList();
        assertThat(served).as(lookAt("02.3", method + " " + path + " made " + internal.size() + " HTTP request(s)"
                        + " to the shop itself, e.g. " + internal.stream().limit(3).toList() + ". Which clients"
                        + " still call a module over HTTP?"))
                .containsExactly(customers);
    }

    static Stream<Arguments> requestsOfThePublicApi() {
        String tea = "TEA-SENCHA-100G";
        return Stream.of(
                request("all products", api -> api.get("/api/products"), "GET", "/api/products"),
                request("one product", api -> api.get("/api/products/{sku}", tea), "GET", "/api/products/" + tea),
                request("recommendations", api -> api.get("/api/products/{sku}/recommendations", tea), "GET",
                        "/api/products/" + tea + "/recommendations"),
                request("a product into the cart", api -> api.put("/api/carts/ada/items/{sku}",
                        Map.of("quantity", 2), tea), "PUT", "/api/carts/ada/items/" + tea),
                request("the cart", api -> api.get("/api/carts/ada"), "GET", "/api/carts/ada"));
    }

    private static Arguments request(String name, Function<ShopClient, Answer> request, String method, String path) {
        return argumentSet(name, request, method, path);
    }
}
