package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.process.ChildProcess;
import workshop.cli.process.StandIns;

class CleanupTest {

    @TempDir
    Path dir;

    @Test
    void cleanup_stops_every_child_and_one_added_after_the_stop_at_once() {
        Cleanup cleanup = new Cleanup();
        ChildProcess first = StandIns.startSleeping(dir, "first");
        ChildProcess second = StandIns.startSleeping(dir, "second");
        cleanup.addService(first);
        cleanup.addService(second);

        cleanup.stopAll();
        ChildProcess late = StandIns.startSleeping(dir, "late");
        cleanup.addService(late);

        assertThat(List.of(first, second, late)).noneMatch(ChildProcess::isAlive);
    }
}
