package workshop.cli.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import workshop.cli.TestRepo;

/** The decks as the browser gets them: an index, a reveal.js page per deck, its Markdown, and only local files. */
class SlidesServerTest {

    private static final String DECK = """
            ---
            title: The tax
            minutes: 3
            ---

            # The tax
            <!-- .slide: data-timing="120" -->

            Ten hops per checkout.

            Note:
            Ask who has eleven services.

            ---

            ## Measured
            <!-- .slide: data-timing="60" -->

            ![chart](../bench/tax.svg)
            """;

    @TempDir
    Path dir;

    @Test
    void a_deck_is_a_page_of_its_markdown_without_the_front_matter() throws Exception {
        TestRepo repo = TestRepo.at(dir).write("slides/00-tax.md", DECK).write("bench/tax.svg", "<svg/>")
                .write(".workshop/cache/npm/reveal.js-5.2.1/dist/reveal.js", "// reveal");
        try (SlidesServer server = new SlidesServer(dir, new WebLibraries(repo.workspace()), 0)) {
            assertThat(get(server, "/").body()).contains("<a href=\"/deck/00-tax\">The tax</a> (3 min)");
            assertThat(get(server, "/deck/00-tax").body()).contains("data-markdown=\"/markdown/00-tax.md\"")
                    .contains("<title>The tax</title>").doesNotContain("https://");
            assertThat(get(server, "/markdown/00-tax.md").body()).startsWith("\n# The tax").contains("Note:");
            assertThat(get(server, "/lib/reveal.js/dist/reveal.js").body()).isEqualTo("// reveal");
            assertThat(get(server, "/bench/tax.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        }
    }

    @Test
    void nothing_outside_the_libraries_and_the_bench_is_served() throws Exception {
        TestRepo repo = TestRepo.at(dir).write("slides/00-tax.md", DECK).write("secret.txt", "no");
        try (SlidesServer server = new SlidesServer(dir, new WebLibraries(repo.workspace()), 0)) {
            assertThat(get(server, "/lib/reveal.js/../../../../secret.txt").statusCode()).isEqualTo(404);
            assertThat(get(server, "/lib/left-pad/index.js").statusCode()).isEqualTo(404);
            assertThat(get(server, "/deck/99-missing").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void a_deck_plans_the_seconds_of_its_slides() {
        Deck deck = Deck.read(TestRepo.at(dir).write("slides/00-tax.md", DECK).root().resolve("slides/00-tax.md"));

        assertThat(deck.slides()).hasSize(2);
        assertThat(deck.plannedSeconds()).isEqualTo(180).isEqualTo(deck.minutes() * 60);
    }

    private static HttpResponse<String> get(SlidesServer server, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
