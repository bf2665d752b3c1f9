package workshop.support.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

import org.junit.jupiter.api.Test;

class RunTestsTest {

    @Test
    void tellsWhetherEveryTestOfTheClassesPassed() {
        assertThat(RunTests.run(List.of(Passing.class.getName()))).isTrue();
        assertThat(RunTests.run(List.of(Passing.class.getName(), Failing.class.getName()))).isFalse();
        assertThat(RunTests.run(List.of())).isTrue();
    }

    /** Run by the test above, not on their own: a nested class is no test class of its own for Surefire. */
    static class Passing {

        @Test
        void passes() {
        }
    }

    static class Failing {

        @Test
        void fails() {
            fail("on purpose");
        }
    }
}
