package shop.payments.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The contract of payments-service, as WireMock stubs: what the shop sends, and what it gets back. The same files
 * check payments-service itself, in its tests, so the stubs cannot drift from the service.
 */
final class Contract {

    /** The credential the contract's requests carry. */
    static final String CREDENTIAL = "contract-credential";

    private Contract() {
    }

    static List<StubMapping> stubs() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:shop/payments/contract/*.json");
            return Arrays.stream(files).map(Contract::stub).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StubMapping stub(Resource file) {
        try {
            return StubMapping.buildFrom(file.getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
