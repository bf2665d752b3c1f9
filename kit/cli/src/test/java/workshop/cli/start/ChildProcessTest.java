package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void a_stopped_child_leaves_no_process_behind() throws Exception {
        ChildProcess child = startSleepingChild("sleeper");
        assertThat(ProcessHandle.of(child.pid())).hasValueSatisfying(handle -> assertThat(handle.isAlive()).isTrue());

        child.stop();

        assertThat(child.isAlive()).isFalse();
        assertThat(ProcessHandle.of(child.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void the_child_writes_its_output_to_its_own_log() throws Exception {
        ChildProcess child = startSleepingChild("talker");
        try {
            awaitLogLine(child.log(), "child is up");
            assertThat(child.log()).isEqualTo(dir.resolve("logs/talker.log"));
        } finally {
            child.stop();
        }
    }

    @Test
    void cleanup_stops_every_child_and_one_added_after_the_stop_at_once() throws Exception {
        Cleanup cleanup = new Cleanup();
        ChildProcess first = startSleepingChild("first");
        ChildProcess second = startSleepingChild("second");
        cleanup.addService(first);
        cleanup.addService(second);

        cleanup.stopAll();
        ChildProcess late = startSleepingChild("late");
        cleanup.addService(late);

        assertThat(List.of(first, second, late)).noneMatch(ChildProcess::isAlive);
    }

    private ChildProcess startSleepingChild(String name) throws Exception {
        String classes = Path.of(SleepingChild.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        return ChildProcess.start(name, JavaCommand.of(List.of("-cp", classes, SleepingChild.class.getName())), dir,
                Map.of(), dir.resolve("logs/" + name + ".log"));
    }

    private static void awaitLogLine(Path log, String line) throws Exception {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (Files.exists(log) && Files.readString(log).contains(line)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(log + " never said: " + line);
    }
}
