package workshop.support.exercise;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExerciseFilterTest {

    @Test
    void aMethodBelongsToItsOwnExerciseElseToItsClasss() {
        assertThat(ExerciseId.of(source(Marked.class, "ownExercise"))).contains(ExerciseId.parse("02.3"));
        assertThat(ExerciseId.of(source(Marked.class, "classExercise"))).contains(ExerciseId.parse("02.1"));
        assertThat(ExerciseId.of(source(ExerciseFilterTest.class, "aMethodBelongsToItsOwnExerciseElseToItsClasss")))
                .isEmpty();
    }

    @Test
    void aTestInheritedFromASuiteBelongsToTheExerciseOfTheClassThatRunsIt() {
        MethodSource inherited = MethodSource.from(MarkedSuite.class, method(Suite.class, "suiteTest"));

        assertThat(ExerciseId.of(inherited)).contains(ExerciseId.parse("02.4"));
        assertThat(ExerciseId.of(MethodSource.from(Suite.class, method(Suite.class, "suiteTest")))).isEmpty();
    }

    @Test
    void aSelectorNamesAnExerciseOrAWholeStep() {
        ExerciseId exercise = ExerciseId.parse("03.2");

        assertThat(exercise.isSelectedBy("03.2")).isTrue();
        assertThat(exercise.isSelectedBy("03")).isTrue();
        assertThat(exercise.isSelectedBy("03.1")).isFalse();
        assertThat(exercise.isSelectedBy("04")).isFalse();
    }

    @Test
    void exercisesSortByStepThenNumber() {
        assertThat(ExerciseId.parse("01.10")).isGreaterThan(ExerciseId.parse("01.9"));
        assertThat(ExerciseId.parse("02.1")).isGreaterThan(ExerciseId.parse("01.9"));
    }

    @Test
    void aMalformedNumberIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExerciseId.parse("1.1"))
                .withMessage("'1.1' is not an exercise number like 01.1");
    }

    @Test
    void whatIsNoExerciseNumberParsesToNothing() {
        assertThat(ExerciseId.tryParse(" 01.10 ")).contains(new ExerciseId("01", 10));
        assertThat(Stream.of("9.9", "01", "01.", "1.1", "01.a", "01.100", "-", "").map(ExerciseId::tryParse))
                .allMatch(Optional::isEmpty);
    }

    @Test
    void messagesNameTheExerciseAndWhereToLook() {
        assertThat(Exercises.message("05.1", "the payments client"))
                .startsWith("05.1: the payments client (./workshop hint 05.1");
    }

    private static MethodSource source(Class<?> type, String name) {
        return MethodSource.from(type, method(type, name));
    }

    private static Method method(Class<?> type, String name) {
        try {
            return type.getDeclaredMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Exercise("02.1")
    static class Marked {

        @Exercise("02.3")
        void ownExercise() {
        }

        void classExercise() {
        }
    }

    interface Suite {

        default void suiteTest() {
        }
    }

    @Exercise("02.4")
    static class MarkedSuite implements Suite {
    }
}
