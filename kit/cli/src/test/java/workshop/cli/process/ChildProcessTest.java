package workshop.cli.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void a_stopped_child_leaves_no_process_behind() {
        ChildProcess child = StandIns.startSleeping(dir, "sleeper");
        assertThat(ProcessHandle.of(child.pid())).hasValueSatisfying(handle -> assertThat(handle.isAlive()).isTrue());

        child.stop();

        assertThat(child.isAlive()).isFalse();
        assertThat(ProcessHandle.of(child.pid()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void the_child_writes_its_output_to_its_own_log() throws Exception {
        ChildProcess child = StandIns.startSleeping(dir, "talker");
        try {
            awaitLogLine(child.log(), "child is up");
            assertThat(child.log()).isEqualTo(dir.resolve("logs/talker.log"));
        } finally {
            child.stop();
        }
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
