package workshop.cli.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import workshop.cli.Chromium;
import workshop.cli.TestRepo;
import workshop.cli.workspace.Workspace;

/**
 * Every deck of the workshop in a real browser, headless Chromium (Debian's {@code chromium}, which {@code .ci/run}
 * installs), as {@code ./workshop slides} serves it: every slide is visited, none overflows a 1280x720 screen, each
 * has speaker notes and a planned time, and each deck leaves a screenshot of its first slide in
 * {@code kit/cli/target/slides/}.
 */
class SlidesInBrowserTest {

    private static final Pattern REPORT = Pattern.compile("<pre id=\"check\">(.*?)</pre>", Pattern.DOTALL);

    @Test
    void every_slide_of_every_deck_fits_the_screen_and_has_notes_and_a_planned_time() throws Exception {
        Path root = TestRepo.workshopRoot();
        List<Deck> decks = Deck.all(root);
        WebLibraries libraries = new WebLibraries(new Workspace(root));
        assertThat(libraries.fetch()).as("reveal.js and mermaid from the npm registry").isEmpty();
        Path screenshots = root.resolve("kit/cli/target/slides");
        Files.createDirectories(screenshots);
        try (SlidesServer server = new SlidesServer(root, libraries, 0)) {
            for (Deck deck : decks) {
                String url = "http://127.0.0.1:" + server.port() + "/deck/" + deck.name();
                String dom = new String(Chromium.headless("--dump-dom", url + "?check"), StandardCharsets.UTF_8);
                Matcher report = REPORT.matcher(dom);
                assertThat(report.find()).as(deck.name() + ": the page never finished checking its slides").isTrue();
                JsonNode slides = JsonMapper.builder().build().readTree(unescape(report.group(1)));
                assertThat(slides.size()).as(deck.name() + ": slides shown").isEqualTo(deck.slides().size());
                for (JsonNode slide : slides) {
                    String which = deck.name() + ", slide \"" + slide.path("title").asString() + "\"";
                    assertThat(slide.path("height").asInt()).as(which + ": its height on a 1280x720 screen")
                            .isLessThanOrEqualTo(720);
                    assertThat(slide.path("width").asInt()).as(which + ": its width").isLessThanOrEqualTo(1280);
                    assertThat(slide.path("notes").asBoolean()).as(which + ": speaker notes").isTrue();
                    assertThat(slide.path("timing").asInt()).as(which + ": planned seconds").isPositive();
                }
                Chromium.headless("--screenshot=" + screenshots.resolve(deck.name() + ".png"), url);
                assertThat(screenshots.resolve(deck.name() + ".png")).isNotEmptyFile();
            }
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
