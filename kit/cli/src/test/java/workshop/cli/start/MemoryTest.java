package workshop.cli.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.condition.OS.LINUX;
import static org.junit.jupiter.api.condition.OS.MAC;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;

class MemoryTest {

    @Test
    void reads_vm_rss_from_linux_proc_status() {
        String status = """
                Name:\tjava
                VmPeak:\t 4021344 kB
                VmHWM:\t  201232 kB
                VmRSS:\t  183456 kB
                RssAnon:\t  150000 kB
                """;

        assertThat(Memory.parseProcStatus(status)).hasValue(183456);
    }

    @Test
    void a_proc_status_without_vm_rss_has_no_figure() {
        assertThat(Memory.parseProcStatus("Name:\tzombie\nState:\tZ (zombie)\n")).isEmpty();
    }

    @Test
    void reads_the_kilobytes_that_ps_prints_on_macos() {
        assertThat(Memory.parsePs("  183456\n")).hasValue(183456);
        assertThat(Memory.parsePs("")).isEmpty();
    }

    @Test
    void reads_the_last_field_of_tasklist_whatever_the_digit_grouping() {
        assertThat(Memory.parseTasklist("\"java.exe\",\"1234\",\"Console\",\"1\",\"183,456 K\"\r\n")).hasValue(183456);
        assertThat(Memory.parseTasklist("\"java.exe\",\"1234\",\"Console\",\"1\",\"183.456 K\"")).hasValue(183456);
        assertThat(Memory.parseTasklist("INFO: No tasks are running which match the specified criteria.")).isEmpty();
    }

    @Test
    @EnabledOnOs({ LINUX, MAC })
    void measures_a_running_process() {
        OptionalLong rss = Memory.rssKilobytes(ProcessHandle.current().pid());

        assertThat(rss).isPresent();
        assertThat(rss.getAsLong()).isGreaterThan(10_000);
    }
}
