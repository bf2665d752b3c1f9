package workshop.cli.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.Chromium;
import workshop.cli.TestRepo;

/**
 * Three trainees' clones join one room; their checks' verdicts show in the room, in the terminal and on the page in
 * headless Chromium, and a clone that left reports nothing.
 */
class RoomJoinTest {

    private static final String CODE = "K7QX2M";

    @TempDir
    Path ada;

    @TempDir
    Path grace;

    @TempDir
    Path linus;

    @Test
    void the_room_shows_the_progress_of_every_joined_clone_and_nothing_of_one_that_left() throws Exception {
        try (RoomServer room = new RoomServer(CODE, List.of("01.1", "01.2"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Clock.systemUTC())) {
            String address = "127.0.0.1:" + room.port();
            TestRepo adasClone = TestRepo.withWorkshopBuild(ada, "correct");
            TestRepo gracesClone = TestRepo.withDeclaredStep(grace);
            TestRepo linussClone = TestRepo.withDeclaredStep(linus);

            assertThat(adasClone.run("join", address, CODE, "--name", "Ada")).isZero();
            assertThat(gracesClone.run("join", address, CODE)).isZero();
            assertThat(linussClone.run("join", address, "ZZZZZZ")).as(linussClone.output()).isEqualTo(1);
            assertThat(linussClone.output()).contains("the join code is not this room's");
            assertThat(linussClone.run("join", address, CODE)).isZero();

            adasClone.run("check", "01.1");
            assertThat(new RoomMembership(gracesClone.workspace()).report(Map.of("01.1", true, "01.2", true)))
                    .isEmpty();
            assertThat(new RoomMembership(linussClone.workspace()).report(Map.of("01.1", true))).isEmpty();
            assertThat(linussClone.run("leave")).isZero();
            assertThat(new RoomMembership(linussClone.workspace()).report(Map.of("01.2", true))).isEmpty();

            assertThat(room.table()).hasSize(4);
            assertThat(room.progress().toString()).contains("{\"label\":\"Ada\",\"verdicts\":{\"01.1\":\"pending\"}}")
                    .contains("{\"label\":\"trainee 2\",\"verdicts\":{\"01.1\":\"done\",\"01.2\":\"done\"}}")
                    .contains("{\"label\":\"trainee 3\",\"verdicts\":{\"01.1\":\"done\"}}");
            String page = new String(Chromium.headless("--dump-dom", "http://" + address + "/"), StandardCharsets.UTF_8);
            assertThat(page).contains("data-trainees=\"3\"").contains("<td>Ada</td>").contains("<td>trainee 2</td>");
        }
    }
}
