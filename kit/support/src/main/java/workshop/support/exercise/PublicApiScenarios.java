package workshop.support.exercise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class as scenarios of the shop's public API (the same paths, JSON and problems in every step).
 * {@code ./workshop check} runs them beside an exercise's tests of the same Maven module, so that its ✓ means the
 * exercise is done and the shop still works.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PublicApiScenarios {
}
