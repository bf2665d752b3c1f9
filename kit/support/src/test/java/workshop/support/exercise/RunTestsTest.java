package workshop.support.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunTestsTest {

    @TempDir
    Path dir;

    /** The classes below write their results to a file of their own, not to this module's, which verify reads. */
    @Test
    void tellsWhetherEveryTestOfTheClassesPassed() {
        String before = System.getProperty(ResultsFile.PROPERTY);
        System.setProperty(ResultsFile.PROPERTY, dir.resolve("results.tsv").toString());
        try {
            assertThat(RunTests.run(List.of(Passing.class.getName()))).isTrue();
            assertThat(RunTests.run(List.of(Passing.class.getName(), Failing.class.getName()))).isFalse();
            assertThat(RunTests.run(List.of())).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty(ResultsFile.PROPERTY);
            } else {
                System.setProperty(ResultsFile.PROPERTY, before);
            }
        }
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
