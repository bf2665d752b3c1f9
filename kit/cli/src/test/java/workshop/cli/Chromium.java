package workshop.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import workshop.cli.process.Program;

/** Headless Chromium for the tests of the pages the CLI serves: Debian's {@code chromium}, which .ci/run installs. */
public final class Chromium {

    private Chromium() {
    }

    /** What Chromium prints for a page at 1280x720 once its scripts ran: its DOM, or nothing for a screenshot. */
    public static byte[] headless(String what, String url) {
        return Program.of(Path.of("."), List.of(executable().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", "--window-size=1280,720", "--virtual-time-budget=30000", what, url))
                .output(Duration.ofMinutes(2)).orElseThrow(() -> new AssertionError("chromium did not show " + url));
    }

    private static Path executable() {
        return Stream.of("chromium", "chromium-browser", "google-chrome")
                .flatMap(name -> Stream.of(System.getenv("PATH").split(File.pathSeparator))
                        .map(folder -> Path.of(folder, name)))
                .filter(Files::isExecutable).findFirst().orElseThrow(() -> new AssertionError(
                        "headless Chromium is needed for this test: install Debian's chromium (.ci/run does)"));
    }
}
