package workshop.support.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shop's public API attacked with generated hostile input, the same in every step: path variables, bodies and
 * headers no browser of the shop sends (oversized strings, control and non-BMP characters, encoded traversal and NUL,
 * wrong JSON types, deep nesting, huge numbers, empty and missing bodies, wrong content types, duplicate keys; see
 * {@link Attacks}). Each one must get a 4xx RFC 9457 problem ({@code application/problem+json} with {@code status}
 * and {@code title}; for a wrong field, the field's name in {@code errors}), the same status in every step (415 for a
 * body that is not JSON, 400 for all else), and must store nothing: the shop's data is compared before and after every
 * request that could write, not only its answer.
 * <p>
 * A step's test class implements this interface beside its own test base class, says where its shop's public API is,
 * names a customer and a product that exist, and tells what the shop stores. The cases come from a fixed seed, so a
 * run is reproducible; {@code -Dworkshop.hostile-input.seed=N} runs another set, and a failing case names its seed.
 */
public interface HostileInput {

    /** Cases per endpoint of the public API. */
    int CASES_PER_ENDPOINT = 150;

    /** The public API's base address, such as {@code http://localhost:8080}. */
    String publicApiUrl();

    /** A customer of the shop's seed data whose cart the attacks try to change. */
    String customer();

    /** A product of the shop's catalogue, for the paths that need a real one. */
    String product();

    /**
     * What the shop stores, as text that changes whenever a row is added, changed or removed anywhere the public API
     * can write: {@link StoredData#of} of every service or module that keeps data.
     */
    String storedData();

    @TestFactory
    default Stream<DynamicTest> hostileInputGetsAProblemAndStoresNothing() {
        long seed = Long.getLong("workshop.hostile-input.seed", Attacks.DEFAULT_SEED);
        HostileClient client = new HostileClient(publicApiUrl());
        return Attacks.generate(seed, customer(), product(), CASES_PER_ENDPOINT)
                .map(attack -> DynamicTest.dynamicTest(attack.toString(), () -> {
                    String before = attack.canWrite() ? storedData() : "";
                    HostileClient.Answer answer = client.send(attack);
                    answer.assertProblem(attack, seed);
                    if (attack.canWrite()) {
                        assertThat(storedData())
                                .as("%s (seed %d) answered %d but changed what the shop stores", attack, seed,
                                        answer.status())
                                .isEqualTo(before);
                    }
                }));
    }
}
