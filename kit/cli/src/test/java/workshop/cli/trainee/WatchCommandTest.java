package workshop.cli.trainee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Fixtures;
import workshop.cli.TestRepo;

/** {@code watch} on the correct fixture step, with a real file saved while it waits. */
class WatchCommandTest {

    private static final String WAITING = "watch: waiting for a change";

    @TempDir
    Path dir;

    @Test
    void checks_again_when_a_file_is_saved_and_goes_on_to_the_next_exercise_once_it_passes() throws Exception {
        TestRepo repo = TestRepo.withWorkshopBuild(dir, "correct");
        Thread watch = new Thread(() -> repo.run("watch", "01.1"));
        watch.start();
        try {
            await().atMost(Duration.ofMinutes(3)).ignoreExceptions().until(() -> repo.output().contains(WAITING));
            assertThat(repo.output()).contains("✗ 01.1 Greet by name");

            repo.write(Fixtures.CORRECT_GREETER, repo.read(Fixtures.SOLVED_GREETER));

            await().atMost(Duration.ofMinutes(2)).until(() -> repo.output().split(WAITING, -1).length == 3);
            assertThat(repo.output()).contains("✓ 01.1 Greet by name").contains("watch: checking 01.2 Say goodbye")
                    .contains("✗ 01.2 Say goodbye");
        } finally {
            watch.interrupt();
            watch.join(Duration.ofSeconds(10).toMillis());
        }
        assertThat(watch.isAlive()).as("watch stops when interrupted, as Ctrl-C stops it").isFalse();
    }
}
