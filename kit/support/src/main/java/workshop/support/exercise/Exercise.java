package workshop.support.exercise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Marks a test (or every test of a class) as the check of one exercise, {@code SS.E} as numbered in its step's
 * README. Such a test fails in the step's starting state and passes once the exercise is solved; every test
 * without this annotation is scaffolding and always passes.
 * <p>
 * {@code ./workshop check 01.1} runs only the tests marked {@code @Exercise("01.1")}; in an IDE or with Maven,
 * {@code -Dworkshop.exercises=01.1} (or {@code =01} for a whole step) does the same.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Tag("exercise")
public @interface Exercise {

    /** The exercise's number, {@code SS.E}, e.g. {@code "03.2"}. */
    String value();
}
