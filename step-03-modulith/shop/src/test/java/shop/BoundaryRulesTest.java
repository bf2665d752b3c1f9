package shop;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import workshop.support.exercise.Exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.support.exercise.Exercises.lookAt;

/**
 * 03.1 Write the boundary rules: the rules in {@link Boundaries} are real when they let code that keeps them pass
 * and catch every planted violation, naming the class that breaks the rule.
 */
@Exercise("03.1")
class BoundaryRulesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(PlantedViolation.class)
    void theViolationIsCaughtNamingTheClassAndCleanCodePasses(PlantedViolation violation) {
        Optional<String> missed = violation.missedByTheRules();
        assertThat(missed).as(lookAt("03.1", missed.orElse(""))).isEmpty();

        Optional<String> cleanCodeFailed = PlantedViolation.cleanCodeFailedByTheRules();
        assertThat(cleanCodeFailed).as(lookAt("03.1", cleanCodeFailed.orElse(""))).isEmpty();
    }
}
